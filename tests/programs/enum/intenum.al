from enum import IntEnum, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), format(Priority.HIGH))
print(f"{Priority.LOW:>4}|{Priority.HIGH:03d}|{Priority.MEDIUM:x}")
print(Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.LOW == 1, Priority.MEDIUM + 5)
print(sorted([Priority.HIGH, Priority.LOW, 2]), max(Priority), sum(Priority))
print(isinstance(Priority.LOW, int), int(Priority.HIGH), [1, 2, 3, 4][Priority.MEDIUM])
print(Priority(2), Priority["HIGH"], hash(Priority.LOW) == hash(1))
print({1: "one"}[Priority.LOW], Priority.HIGH * 2, -Priority.LOW, Priority.HIGH // 2)
print(range(10)[Priority.HIGH], "%d %s" % (Priority.HIGH, Priority.LOW))
print(type(Priority.LOW + 1).__name__, Priority.LOW.real, Priority.HIGH.bit_length())


class Number(int, Enum):
    ONE = 1
    TWO = 2


print(Number.ONE, repr(Number.TWO), f"{Number.ONE}", Number.ONE + Number.TWO, Number.ONE == 1)
try:
    Priority(7)
except ValueError as e:
    print(type(e).__name__, e)
