from enum import Enum, auto, IntEnum, StrEnum, Flag


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


print(list(A))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    FIRST = auto()
    SECOND = auto()


print(list(Named))


class S(StrEnum):
    NORTH = auto()
    SOUTH = auto()


print(list(S), S.NORTH == "north")


class N(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(list(N), N.ELEVEN + 1)


class F(Flag):
    A = auto()
    B = auto()
    C = auto()


print([m.value for m in F])


class Later(Enum):
    A = 5
    B = auto()
    C = 7
    D = auto()


print(list(Later))
print(repr(auto()) [:5])
