# MutableSequence gives append, clear, reverse, extend, pop, remove and
# += from __getitem__, __setitem__, __delitem__, __len__ and insert.
from collections.abc import MutableSequence, Sequence


class Box(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f'Box({self._items})'


b = Box([3, 1, 2])
b.append(5)
b.extend([7, 8])
print(b, len(b))
b.reverse()
print(b)
print(b.pop(), b.pop(0), b)
b.remove(1)
print(b)
try:
    b.remove(99)
except ValueError as e:
    print('ValueError', repr(e))
b += (4, 4)
print(b, b.count(4), b.index(4))
b.extend(b)
print(b)
b.clear()
print(b, len(b))
try:
    b.pop()
except IndexError as e:
    print('IndexError', e)
print(isinstance(b, Sequence), issubclass(Box, MutableSequence))
print(sorted(MutableSequence.__abstractmethods__))


class Partial(MutableSequence):
    def __getitem__(self, i):
        return 0

    def __len__(self):
        return 0


try:
    Partial()
except TypeError as e:
    print(e)
