# collections.deque: construction, the ends, maxlen, indexing, methods and
# their messages.
from collections import deque


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
print(d, len(d), bool(d), d.maxlen)
print(deque('abc'), deque(range(4)), deque((1, 2)), deque({'x': 1, 'y': 2}))
print(deque(x * x for x in range(5)))
print(deque([1, 2, 3], 2), deque([1, 2, 3], maxlen=0), deque(maxlen=3))
print(deque(iterable=[1], maxlen=3), deque([1], None), deque([1, 2], True))
attempt(lambda: deque(1))
attempt(lambda: deque([], -1))
attempt(lambda: deque([], 'a'))
attempt(lambda: deque([], 2.0))
attempt(lambda: deque([], 2 ** 70))
attempt(lambda: deque([1], 3, 4))
attempt(lambda: deque(x=1))
attempt(lambda: deque([1], iterable=[2]))

# The ends.
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([5, 6])
print(d)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
z.appendleft(3)
print(z, len(z))

# extend, extendleft, with themselves.
d = deque('abc')
d.extendleft('xy')
print(d)
d = deque('abc')
d.extend(d)
print(d)
d = deque('abc')
d.extendleft(d)
print(d)
d = deque('abc', 4)
d.extend(d)
print(d)
d = deque([1])
d.extend(iter([2, 3]))
d.extend((4, 5))
d.extend({6: 0})
print(d)
attempt(lambda: deque().extend(5))
attempt(lambda: deque().extendleft(None))

# Indexing.
d = deque(range(10))
print(d[0], d[-1], d[5], d[-10], d[True])
attempt(lambda: d[10])
attempt(lambda: d[-11])
attempt(lambda: d['a'])
attempt(lambda: d[1:2])
attempt(lambda: d[2 ** 70])
d[0] = 'first'
d[-1] = 'last'
print(d)


def set_item(i, v):
    d[i] = v


def del_item(i):
    del d[i]


attempt(lambda: set_item(10, 0))
attempt(lambda: set_item('a', 0))
del d[1]
del d[-2]
print(d)
attempt(lambda: del_item(20))
attempt(lambda: del_item(slice(1, 2)))


class Two:
    def __index__(self):
        return 2


print(d[Two()])

# Methods.
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.count(9), d.index(2), d.index(2, 2), d.index(1, -2))
print(d.index(3, -5, 10), d.index(1, 0, 1))
attempt(lambda: d.index(9))
attempt(lambda: d.index(2, 2, 3))
attempt(lambda: d.index(2, 'a'))
attempt(lambda: d.index())
attempt(lambda: d.index(1, 2, 3, 4))
attempt(lambda: d.index(1, start=0))
d.remove(2)
print(d)
attempt(lambda: d.remove(9))
d.insert(1, 'a')
d.insert(-1, 'b')
d.insert(100, 'c')
d.insert(-100, 'd')
print(d)
attempt(lambda: deque([1, 2], 2).insert(0, 5))
attempt(lambda: d.insert(1))
attempt(lambda: d.insert('x', 1))
d.reverse()
print(d)
d = deque([1, 2, 3, 4, 5])
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(12)
print(d)
d.rotate(Two())
print(d)
attempt(lambda: d.rotate('a'))
attempt(lambda: d.rotate(1, 2))
attempt(lambda: d.rotate(2 ** 80))
c = d.copy()
c.append(6)
print(d, c, d.copy() is d, type(c).__name__)
d.clear()
print(d, c)
attempt(lambda: d.append())
attempt(lambda: d.append(1, 2))
attempt(lambda: d.append(x=1))
attempt(lambda: d.pop(1))
attempt(lambda: d.count())
attempt(lambda: d.clear(1))
attempt(lambda: d.copy(1))
attempt(lambda: d.reverse(1))
attempt(lambda: d.remove())
attempt(lambda: d.extend())

# maxlen is read-only.
b = deque([1, 2], 5)
print(b.maxlen, deque().maxlen)


def set_maxlen():
    b.maxlen = 3


attempt(set_maxlen)
attempt(lambda: b.nosuch)
print(deque.__name__, deque.__module__, deque.__qualname__, deque)
print(type(b), type(b) is deque, isinstance(b, deque))
print(deque.append, deque.popleft(deque([8, 9])))
attempt(lambda: deque.append([], 1))
