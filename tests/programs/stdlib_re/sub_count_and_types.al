import re
print(re.sub("a", "b", "aaaa", 0), re.sub("a", "b", "aaaa", -1), re.subn("a", "b", "aaaa", 3))
s = "xyz"
print(re.sub("q", "b", s) is s)
print(re.sub(b"a", b"b", bytearray(b"aa")))
print(re.sub("(b)", lambda m: m.group(1) * 3, "abc"))
try:
    re.sub("a", "b", "a", count="x")
except TypeError as e:
    print("TypeError", e)
