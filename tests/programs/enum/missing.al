from enum import Enum


class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    UNKNOWN = -1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            return cls.UNKNOWN
        return None


print(Status(200), Status(999), Status(-1))
try:
    Status("x")
except ValueError as e:
    print(type(e).__name__, e)


class CaseInsensitive(Enum):
    RED = "red"
    BLUE = "blue"

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m


print(CaseInsensitive("RED"), CaseInsensitive("Blue"))
try:
    CaseInsensitive("green")
except ValueError as e:
    print(type(e).__name__, e)


class Wrong(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    Wrong(2)
except TypeError as e:
    print(type(e).__name__, e)


class Raising(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raising(2)
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
