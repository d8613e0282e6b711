import re
tests = [("a", b"a"), (b"a", "a"), ("a", 3), (b"a", None)]
for pat, s in tests:
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(3)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(["a"])
except TypeError as e:
    print("TypeError", e)
print(re.search(b"b", bytearray(b"abc")))
print(re.search(b"b", memoryview(b"abc")).group())
m = re.search(b"(b)", bytearray(b"abc"))
print(m.group(1), m.string)
