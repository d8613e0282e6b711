import re
print(re.split(r"\b", "Words, words, words."))
print(re.split(r"\W*", "...words..."))
print(re.split(r"(\W*)", "...words..."))
print(re.split("", "abc"))
print(re.split("x*", "axbc"))
print(re.split("(a)|b", "xaybz"))
