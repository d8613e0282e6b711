from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(RW, repr(RW), RW.name, RW.value)
print(Perm.R in RW, Perm.X in RW, bool(RW), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(list(RW), len(RW), len(Perm), list(Perm))
print(repr(~Perm.R), repr(~RW), repr(~Perm(0)), repr(Perm(7)))
print(repr(RW & Perm.R), repr(RW & Perm.X), repr(RW ^ Perm.R), repr(Perm.R ^ Perm.X))
print(Perm(6) is RW, Perm(4) is Perm.R, Perm["W"])
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Perm.R
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), len(Color.WHITE))
print(repr(Color.RED | Color.GREEN | Color.BLUE), Color.WHITE is Color(7))
print(repr(~Color.WHITE), repr(~Color.RED), list(Color.__members__))
for c in Color.RED | Color.BLUE:
    print(c)
