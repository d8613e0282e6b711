# `"lit" + x + y + ...` chains (joined once while every operand is an
# exact str): values, identities, non-ASCII lengths, and CPython's order of
# effects when an operand is a str subclass or not a str at all.

log = []

def note(tag, v):
    log.append(tag)
    return v

class S(str):
    def __radd__(self, other):
        log.append("radd " + other)
        return S(other + "<" + str.__str__(self) + ">")

    def __add__(self, other):
        log.append("add " + other)
        return S(str.__str__(self) + "+" + other)

class N:
    def __radd__(self, other):
        log.append("N.radd")
        return 42

    def __str__(self):
        return "N"

s = "abc"
i = 7
print("item-" + str(i) + ":" + s + ";tag" + str(i % 3))
print(f"{i}:" + s + "-" + str(i * 2))
print(("" + s + "") is s, ("" + "" + s) is s, "" + "" + "" == "", len("é" + "ü" + "x" + "€"))
print("a" + "b" + "c" + "d" + "e" + "f" + "g" + "h" + "i" + "j" + s * 3)

log.clear()
r = "x" + note("1", "p") + note("2", S("q")) + note("3", "r") + note("4", "t")
print(type(r).__name__, r, log)

log.clear()
r = "x" + note("1", "p") + note("2", N()) + note("3", 1)
print(r, log)

for bad in [lambda: "a" + "b" + 1 + "c", lambda: "a" + str(1) + None, lambda: "a" + [] + "b"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

def boom():
    raise ValueError("boom")

log.clear()
try:
    print("a" + note("1", "b") + boom() + note("3", "c"))
except ValueError as e:
    print("ValueError", e, log)

big = "y" * 100000
t = "<" + big + ">" + big
print(len(t), t[:3], t[-2:], t.count("y"))
acc = ""
for k in range(200):
    acc = "" + acc + str(k % 10) + ","
print(len(acc), acc[:20], acc[-6:])
