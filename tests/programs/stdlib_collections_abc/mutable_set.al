# MutableSet gives clear, pop, remove, |=, &=, ^=, -= from add and discard.
from collections.abc import MutableSet


class OrderedSet(MutableSet):
    def __init__(self, items=()):
        self._d = {}
        for x in items:
            self.add(x)

    def add(self, x):
        self._d[x] = None

    def discard(self, x):
        self._d.pop(x, None)

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'OrderedSet({list(self._d)})'


s = OrderedSet('abracadabra')
print(s, len(s))
s |= 'xyz'
print(s)
s &= set('abcxq')
print(s)
s ^= ['a', 'q']
print(s)
s -= 'b'
print(s)
s.remove('c')
print(s)
try:
    s.remove('nope')
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
t = OrderedSet([1, 2])
t ^= t
print(t)
t = OrderedSet([1, 2])
t -= t
print(t)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print('KeyError', repr(e))
print(OrderedSet([1, 2]) | OrderedSet([3]), type(OrderedSet([1]) & {1}).__name__)
print(sorted(MutableSet.__abstractmethods__))
