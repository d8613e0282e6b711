# __class__ cells of nested classes, closures and decorated classes.


class Outer:
    def who(self):
        return "Outer"

    class Inner:
        def who(self):
            return "Inner of " + __class__.__qualname__

        def make(self):
            return lambda: __class__.__name__

    def inner_cls(self):
        return __class__.Inner


print(Outer().who(), Outer.Inner().who(), Outer.Inner().make()(), Outer().inner_cls().__name__)


def add_greeting(cls):
    # A decorator returning another class: __class__ still names the
    # class the body made.
    class Wrapped(cls):
        def greet(self):
            return "wrapped " + super().greet()
    return Wrapped


class Base:
    def greet(self):
        return "base"


@add_greeting
class Decorated(Base):
    def greet(self):
        return "decorated+" + super().greet()

    def cls(self):
        return __class__


d = Decorated()
print(type(d).__name__, d.greet(), d.cls().__name__, d.cls() is type(d).__mro__[1])


class Gen:
    def items(self):
        yield __class__.__name__
        yield super().__class__.__name__


print(list(Gen().items()))


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        __class__.count += 1
        return __class__.count

    @staticmethod
    def static():
        return __class__.__name__


print(Counter.bump(), Counter.bump(), Counter.static())


class Meta(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = __class__.__name__
        return obj


class Made(metaclass=Meta):
    pass


print(Made().made_by)
