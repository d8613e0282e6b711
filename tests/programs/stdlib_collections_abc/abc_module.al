# abc.ABC and abstractmethod: abstract methods, properties, classmethods
# and staticmethods; __abstractmethods__; update_abstractmethods.
from abc import ABC, abstractmethod, update_abstractmethods, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def sides():
        ...

    def describe(self):
        return f'{self.name}: {self.area()} {self.unit()}^2, {self.sides()} sides'


print(sorted(Shape.__abstractmethods__), Shape.area.__isabstractmethod__)
print(Shape.__dict__['name'].__isabstractmethod__, Shape.__dict__['unit'].__isabstractmethod__)
try:
    Shape()
except TypeError as e:
    print(e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    name = 'square'

    @classmethod
    def unit(cls):
        return 'cm'

    @staticmethod
    def sides():
        return 4


sq = Square(3)
print(sq.describe(), Square.__abstractmethods__, isinstance(sq, ABC), issubclass(Square, Shape))


class Partial(Shape):
    def area(self):
        return 0


try:
    Partial()
except TypeError as e:
    print(e)
print(sorted(Partial.__abstractmethods__))
Partial.name = 'p'
Partial.unit = classmethod(lambda cls: 'm')
Partial.sides = staticmethod(lambda: 0)
print(sorted(Partial.__abstractmethods__))
print(update_abstractmethods(Partial) is Partial, Partial.__abstractmethods__)
print(Partial().describe())


class Plain:
    @abstractmethod
    def f(self):
        pass


print(Plain().f(), hasattr(Plain, '__abstractmethods__'), update_abstractmethods(Plain) is Plain)
try:
    Plain.__abstractmethods__
except AttributeError as e:
    print('AttributeError:', e)
try:
    Square.__abstractmethods__ = frozenset({'z'})
    Square(1)
except TypeError as e:
    print(e)
del Square.__abstractmethods__
print(Square(2).area())
try:
    del Square.__abstractmethods__
except AttributeError as e:
    print('AttributeError:', e)
# Setting __abstractmethods__ on any class makes it abstract.


class Any:
    pass


Any.__abstractmethods__ = ['b', 'a']
try:
    Any()
except TypeError as e:
    print(e)
Any.__abstractmethods__ = ()
print(type(Any()).__name__, type(get_cache_token()).__name__)
print(ABC.__slots__, ABC.__abstractmethods__, ABC.__bases__)
