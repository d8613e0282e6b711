import codecs

print(codecs.encode("a\u00e9\u2603\U0001F600", "ascii", "namereplace"))
print(codecs.lookup_error("namereplace")(UnicodeEncodeError("ascii", "\u00e9\U000E0080x", 0, 2, "r")))
