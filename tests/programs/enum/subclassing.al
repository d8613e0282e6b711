from enum import Enum, IntEnum


class Described(Enum):
    def describe(self):
        return "%s=%r" % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()


class Color(Described):
    RED = 1
    BLUE = 2


print(Color.RED.describe(), Color.BLUE.lower, isinstance(Color.RED, Described))
print(issubclass(Color, Described), issubclass(Color, Enum), type(Color).__name__)


class Mixin:
    def shout(self):
        return self.name.upper() + "!"


class Level(Mixin, IntEnum):
    low = 1
    high = 2


print(Level.low.shout(), Level.high + 0, repr(Level.low), str(Level.high))


class HasInitSubclass(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.extra = "set by init_subclass"


class Sub(HasInitSubclass):
    A = 1


print(Sub.extra, list(Sub))
print(Color.RED._sort_order_, Color.BLUE._sort_order_)
