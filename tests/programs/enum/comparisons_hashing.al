from enum import Enum, IntEnum


class A(Enum):
    X = 1
    Y = 2


class B(Enum):
    X = 1


print(A.X == B.X, A.X == 1, A.X is A(1), A.X != A.Y)
print(hash(A.X) == hash("X"), len({A.X, A.Y, A.X}), {A.X: 1, B.X: 2})
for op in ("<", ">", "<=", ">="):
    try:
        eval_ops = {"<": lambda a, b: a < b, ">": lambda a, b: a > b,
                    "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}
        eval_ops[op](A.X, A.Y)
    except TypeError as e:
        print(type(e).__name__, e)


class N(IntEnum):
    ONE = 1


print(N.ONE == 1, N.ONE < 2, {1: "int"}[N.ONE], N.ONE in {1}, 1 in {N.ONE})
print(sorted([A.Y, A.X], key=lambda m: m.value), max([N.ONE, 0]))
import copy
print(copy.copy(A.X) is A.X, copy.deepcopy([A.Y])[0] is A.Y)
