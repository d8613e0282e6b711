# Hashable, Sized and Container: __hash__ = None (explicit, or implicit from
# __eq__) blocks Hashable, subclasses can restore it.
from collections.abc import Hashable, Sized, Container


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


class HashedPoint(Point):
    def __hash__(self):
        return hash(self.x)


class Frozen(list):
    def __hash__(self):
        return 7


print(isinstance(Point(1), Hashable), isinstance(HashedPoint(1), Hashable),
      isinstance(Frozen(), Hashable), isinstance([], Hashable), isinstance(Point, Hashable))
print([isinstance(v, Hashable) for v in (1, 'a', (1,), ([],), frozenset(), None, 1.5, len, ...)])


class Bag(Sized, Container):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


b = Bag(1, 2)
print(len(b), 2 in b, 5 in b, bool(b), bool(Bag()), isinstance(b, Hashable))


class OnlyContains:
    def __contains__(self, x):
        return True


print(isinstance(OnlyContains(), Container), isinstance(OnlyContains(), Sized), 'q' in OnlyContains())
print(issubclass(str, Container), issubclass(int, Container), issubclass(int, Sized))


# isinstance asks about __class__ too, as ABCMeta does.
class Disguised:
    @property
    def __class__(self):
        return list


d = Disguised()
print(isinstance(d, Sized), isinstance(d, Hashable), type(d).__name__)
