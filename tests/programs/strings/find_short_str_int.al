# str(x) and int(x) called with one argument, and find/in on short text
# (paths alc takes without binding arguments by name or a two-way search).
for i in [0, 1, -1, 9, 10, -10, 99, 100, 2**40, -(2**40), 2**61 - 1, -(2**61),
          2**62, -(2**62) - 1, 2**63, 10**20, -(10**20)]:
    s = str(i)
    print(s, len(s), int(s) == i, type(s).__name__)
print(str(True), str(-0.0), str("x"), str(b"ab"), str(None), int(True), int(-3.9), int(" 42 "))

class S(str):
    pass

class I(int):
    def __int__(self):
        return 5

print(type(str(S("a"))).__name__, str(S("a")), int(I(7)), type(int(I(7))).__name__)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    int([])
except TypeError as e:
    print(e)

line = "item-1999:993;tag10"
for needle in ["99", "999", ":9", "tag", "g10", "10", "x", "item-1999:993;tag10", "0;", ";t"]:
    print(needle, line.find(needle), needle in line, line.count(needle), line.rfind(needle))
u = "aé€😀bé€c€😀"
for needle in ["é€", "€😀", "😀b", "€c", "c€", "aé", "€€", "é"]:
    print(needle, u.find(needle), needle in u, u.index(needle) if needle in u else -1)
print("abcd".find("cd", 1), "abcd".find("cd", 3), "abcd".find("ab", 1), "abab".find("ab", 1, 4))
