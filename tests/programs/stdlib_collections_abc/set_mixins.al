# Set gives the comparisons, &, |, -, ^ (and their reflections) and
# isdisjoint from __contains__, __iter__ and __len__; results are built by
# _from_iterable.
from collections.abc import Set, MutableSet, Hashable


class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f'ListSet({self._items})'


a = ListSet([1, 2, 3])
b = ListSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [2, 9], [2, 9] & a, a | (9,), {2, 3} - a, a - {1})
print(a == ListSet([3, 2, 1]), a != b, a <= ListSet([1, 2, 3, 4]), a < a, a >= ListSet([1]), a > a)
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, frozenset([1]) < a)
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a == [1, 2, 3], a.__eq__([1]), a.__and__(5))
try:
    a & 5
except TypeError as e:
    print('TypeError:', e)
try:
    a < [1]
except TypeError as e:
    print('TypeError:', e)
print(a.__hash__ is None, isinstance(a, Hashable))


class FrozenListSet(ListSet):
    __hash__ = Set._hash


print(hash(FrozenListSet([1, 2, 3])) == hash(frozenset([1, 2, 3])),
      hash(FrozenListSet()) == hash(frozenset()),
      hash(FrozenListSet(['a', 'b'])) == hash(frozenset(['b', 'a'])))
print(isinstance(frozenset(), Set), isinstance(set(), Set), isinstance(set(), MutableSet),
      isinstance(frozenset(), MutableSet), isinstance({}.keys(), Set), isinstance({}.values(), Set))
