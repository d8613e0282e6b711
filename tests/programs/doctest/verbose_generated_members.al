"""Verbose testmod over classes made by @dataclass, Enum, namedtuple and
functools: the generated methods are items without tests of the module.
>>> Point(1, 2)
Point(x=1, y=2)
"""
import doctest, enum, collections, dataclasses, functools
import dtcapture

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0

    def norm(self):
        """
        >>> Point(3, 4).norm()
        5.0
        """
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclasses.dataclass(frozen=True, order=True)
class Frozen:
    a: int

class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        """
        >>> Color.RED.describe()
        'red'
        """
        return self.name.lower()

Pair = collections.namedtuple("Pair", "a b")

class WithPartial:
    p = functools.partial(int, base=2)
    @functools.cached_property
    def cp(self):
        """
        >>> WithPartial().cp
        1
        """
        return 1

dtcapture.run(doctest.testmod, verbose=True)
