from enum import Enum, IntEnum, StrEnum, Flag, IntFlag


class E(Enum):
    A = 1


class I(IntEnum):
    A = 10


class S(StrEnum):
    A = "ay"


class F(Flag):
    A = 1
    B = 2


class IF(IntFlag):
    A = 1
    B = 2


for m in (E.A, I.A, S.A, F.A | F.B, IF.A | IF.B):
    print(repr(m), str(m), format(m), f"{m}|{m!s}|{m!r}", "%s" % (m,), "{:>10}".format(m))
print(f"{I.A:+d} {I.A:x} {I.A:.2f} {S.A:^6}| {IF.B:04b}")
try:
    format(E.A, "d")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(str([E.A, I.A, S.A]), ", ".join(str(x) for x in (E.A, I.A, S.A)))
