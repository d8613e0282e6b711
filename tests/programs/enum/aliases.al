from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(list(Shape), len(Shape))
print(list(Shape.__members__), Shape.__members__["ALIAS_FOR_SQUARE"])
print([name for name, m in Shape.__members__.items() if m.name != name])
print(Shape["ALIAS_FOR_SQUARE"].name)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)
