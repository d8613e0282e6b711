from enum import Enum


class Mixed(Enum):
    NONE = None
    TUPLE = (1, 2)
    LIST = [1, 2]
    STR = "s"
    FLOAT = 1.5
    FROZEN = frozenset({1})


print(list(Mixed))
print(Mixed(None), Mixed((1, 2)), Mixed([1, 2]), Mixed(1.5), Mixed(frozenset({1})))
print(Mixed._unhashable_values_, Mixed.LIST.value)
try:
    Mixed([3])
except ValueError as e:
    print(type(e).__name__, e)


