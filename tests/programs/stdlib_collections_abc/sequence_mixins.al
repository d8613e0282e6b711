# Sequence gives __contains__, __iter__, __reversed__, index and count
# from __getitem__ and __len__.
from collections.abc import Sequence, Reversible, Collection


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('index out of range')
        return i * i

    def __len__(self):
        return self.n


s = Squares(6)
print(list(s), list(reversed(s)), 16 in s, 5 in s, s[1:4])
print(s.index(9), s.index(0), s.count(4), s.count(7))
print(s.index(16, 2), s.index(16, -3), s.index(4, 0, 3))
for args in ((7,), (16, 0, 3), (0, 1), (25, -1, -1)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))
print(isinstance(s, Reversible), isinstance(s, Collection), sorted(s, reverse=True))
print(max(s), sum(s), list(enumerate(s))[:2], tuple(s))
a, b, *rest = s
print(a, b, rest)
# __iter__ stops at the first IndexError, whatever __len__ says.


class Short(Sequence):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return 'xy'[i]

    def __len__(self):
        return 10


print(list(Short()), 'y' in Short(), Short().count('x'))
