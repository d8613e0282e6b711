import unicodedata

for c in "aA1 ,\n\t\u05d0\u0627\u0661\u00a0\u202a\u202e\u2066\u0300\u00ad#%+\ue000\U000E0080":
    print(ascii(c), repr(unicodedata.bidirectional(c)))
