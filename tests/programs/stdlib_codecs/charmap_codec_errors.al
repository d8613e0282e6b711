import codecs

try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "ā".encode("cp1252")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("aāb€".encode("cp1252", "replace"), "aāb".encode("cp1252", "ignore"))
print("ā".encode("cp1252", "xmlcharrefreplace"), "ā".encode("cp1252", "backslashreplace"))
print(b"a\x81\x8d".decode("cp1252", "replace"), b"a\x81".decode("cp1252", "backslashreplace"))
print(b"\x81".decode("cp1252", "ignore") == "")
enc = codecs.getincrementalencoder("cp437")()
print(enc.encode("█"), enc.encode("▒", True))
dec = codecs.getincrementaldecoder("cp437")()
print(dec.decode(b"\xdb\xb1"), dec.decode(b"", True) == "")
print(list(codecs.iterencode(["ä", "ö"], "latin9")))
