import codecs

print(list(codecs.iterencode(["a", "\u00e9", "", "b"], "utf-8")))
print(list(codecs.iterencode(["a", "b"], "utf-16")))
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b", b"\xe2", b"\x82\xac"], "utf-8")))
print(list(codecs.iterdecode([b"\xff", b"\xfea", b"\x00"], "utf-16")))
print(list(codecs.iterdecode([b"a\xff"], "ascii", "replace")))
try:
    list(codecs.iterdecode([b"a\xc3"], "utf-8"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
