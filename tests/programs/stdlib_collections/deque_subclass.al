# Subclasses of collections.deque: their repr, copies, operators that
# build the subclass, overridden methods, super() and attributes.
from collections import deque


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class D(deque):
    pass


d = D([1, 2], 3)
print(d, repr(d), len(d), d.maxlen, type(d).__name__, isinstance(d, deque))
print(D.__mro__, D.__bases__)
c = d.copy()
print(c, type(c).__name__, c is d)
print(type(d + deque([5])).__name__, d + deque([5]), type(deque([5]) + d).__name__)
print(type(d * 2).__name__, d * 2, type(2 * d).__name__)
print(d == deque([1, 2]), deque([1, 2]) == d, d < D([1, 3]), d[0], d[-1], list(reversed(d)))
d.append(3)
d.appendleft(0)
print(d, d.pop(), d.popleft(), list(d))
d += [9]
print(d, type(d).__name__)
d *= 2
print(d, type(d).__name__)
attempt(lambda: hash(d))
attempt(lambda: d + [1])
print(D(), D('ab'), D(maxlen=2))
print(D[int])


class Stack(deque):
    def __init__(self, items=(), limit=None):
        super().__init__(items, limit)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def append(self, x):
        print('append', x)
        super().append(x)

    def __repr__(self):
        return 'Stack' + repr(list(self))


s = Stack([1], 4)
s.push(2)
s.push(3)
print(s, s.pushes, s.maxlen, len(s))
print(s.copy(), type(s.copy()).__name__)
s.extend([4, 5])
print(s, str(s), deque.__repr__(s))


class Named(deque):
    def __init__(self, name, items=()):
        deque.__init__(self, items)
        self.name = name


n = Named('q', [1, 2])
print(n, n.name)
attempt(lambda: n.copy())


class Bounded(deque):
    def __len__(self):
        return 100

    def __iter__(self):
        return iter([7, 8])

    def __contains__(self, x):
        return x == 'yes'

    def __getitem__(self, i):
        return i * 10


b = Bounded([1, 2, 3])
print(len(b), list(b), 'yes' in b, 1 in b, b[3], bool(b))
print(deque.__len__(b), deque.__getitem__(b, 0), deque.__contains__(b, 1))
