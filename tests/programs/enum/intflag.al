from enum import IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm.R), format(Perm.W), f"{Perm.R:b}")
print(repr(Perm.R | 8), Perm.R | 8, repr(Perm(8)), repr(Perm(0)), repr(~Perm.R), repr(~Perm(0)))
print(Perm.R + 1, Perm.R == 4, Perm.R & 6, repr(Perm.R & 6), isinstance(Perm.R | Perm.X, int))
print(list(Perm(7)), len(Perm(7)), Perm.R in Perm(6), int(Perm(5)), Perm(5) > 4)
print(repr(Perm(-1)), repr(Perm(-5)), repr(Perm.R ^ Perm.R))
print(sorted([Perm.R, Perm.X, Perm.W]), hash(Perm.R) == hash(4))


class Opts(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(list(Opts), repr(Opts.A | Opts.C), Opts.B.value)
