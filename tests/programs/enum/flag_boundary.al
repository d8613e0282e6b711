from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, auto


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(STRICT), str(KEEP), FlagBoundary.EJECT.value, list(FlagBoundary))
try:
    Strict(7)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Conform(7)), repr(Conform(4)))
print(Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
print(repr(Keep(7)), Keep(7).value, repr(Keep(4)))
print(Strict._boundary_, Keep._boundary_ is KEEP, IntFlag._boundary_)
try:
    class Gap(Flag):
        A = 1
        C = 5
except TypeError as e:
    print(type(e).__name__, e)


class Holes(Flag, boundary=KEEP):
    A = 1
    C = 5


print(list(Holes), repr(Holes.C))
