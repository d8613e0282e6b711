from enum import Enum


class Coin(Enum):
    PENNY = (1, "copper")
    NICKEL = (5, "nickel")

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj


print(Coin.PENNY, Coin.PENNY.value, Coin.NICKEL.metal, Coin(5), list(Coin))


class Labeled(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = (1, "low")
    HIGH = (9, "high")


print(Labeled.LOW, Labeled.HIGH.label, Labeled(9), Labeled.LOW + 1, repr(Labeled.HIGH))


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, label):
        self.label = label

    FIRST = "first"
    SECOND = "second"


print(list(AutoNumber), AutoNumber.SECOND.label, AutoNumber(1))


class Base(Enum):
    def __new__(cls, value, doc):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj


class Derived(Base):
    A = (1, "the a")


print(Derived.A, Derived.A.doc, Derived(1))
