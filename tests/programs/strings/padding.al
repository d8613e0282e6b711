# center / ljust / rjust / zfill with and without fill characters.
for w in ["a", "ab", "abc", "abcd", "abcdefgh"]:
    print("[" + w.center(7) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3), "-".zfill(3))
print("x".center(4, "-"), "xy".center(5, "-"), "xyz".center(4, "-"), "".center(3, "~"))
print(repr("é".ljust(3)), repr("日本".rjust(4, "・")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
