# str(x) of the builtin `str` with one positional argument (lowered to the
# same rt call as an f-string's !s): every kind of value, a __str__ that
# returns a str subclass or raises, and the forms that still call the type.

class S(str):
    def __radd__(self, other):
        return "radd(" + other + ")"

class A:
    def __str__(self):
        return S("from-A")

class B:
    def __str__(self):
        raise ValueError("no str for B")

class C:
    def __repr__(self):
        return "C-repr"

for v in [0, -7, 2**62, -2**62 - 1, 10**30, True, None, 1.5, -0.0, "s", b"by",
          [1, "a"], (1,), {"k": 2}, C(), S("sub"), 3 + 4j]:
    r = str(v)
    print(type(r).__name__, r)

r = str(A())
print(type(r).__name__, r, "x" + r, "x" + str(A()))
print(type(str(S("t"))).__name__)
print(str(), str(b"ab", "ascii"), str(object="kw"))
try:
    print("never", str(B()))
except ValueError as e:
    print("ValueError", e)

def shadowed(str):
    return str(5)

print(shadowed(lambda v: v * 2), shadowed(repr))
