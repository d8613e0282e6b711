# collections.namedtuple: the class it builds, its methods, defaults,
# rename, module, and CPython's messages for bad names and calls.
from collections import namedtuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (11, 22), p + (1,), p * 2)
x, y = p
print(x, y, tuple(p), list(p), type(p + (1,)).__name__, isinstance(p, tuple))
print(p._asdict(), p._replace(x=1), Point._make([3, 4]), Point._make(range(2)), p.count(11), p.index(22))
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__slots__, Point.__bases__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point)
print(Point.x, Point.x.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(Point.__new__.__qualname__, Point.__new__.__defaults__, p.__getnewargs__())
print(hash(p) == hash((11, 22)), p < Point(11, 23), sorted([Point(2, 1), Point(1, 2)]))
print({p: 'point'}[Point(11, 22)], str(p), f'{p}', f'{p!r:>25}|')
attempt(lambda: setattr(p, 'x', 5))
attempt(lambda: setattr(p, 'z', 5))
attempt(lambda: p.z)
attempt(lambda: p._replace(q=1, r=2))
attempt(lambda: p._replace(1))
attempt(lambda: Point._make([1]))
attempt(lambda: Point._make([1, 2, 3]))
attempt(lambda: p._asdict(1))

P3 = namedtuple('P3', 'x y z')
attempt(lambda: P3(1, 2, 3, 4, z=1))
attempt(lambda: P3(1, 2, 3, 4, x=1))
attempt(lambda: P3(1, x=2, q=1))
attempt(lambda: P3(1, q=1, x=2))
attempt(lambda: P3(1, 2, 3, 4))
attempt(lambda: P3())
attempt(lambda: P3(1))
attempt(lambda: P3(z=1))
attempt(lambda: P3(y=1))
attempt(lambda: P3(1, 2, 3, _cls=4))
print(P3(z=3, y=2, x=1), P3(1, z=3, y=2), P3(*'abc'), P3(**{'x': 1, 'y': 2, 'z': 3}))
Empty = namedtuple('Empty', '')
attempt(lambda: Empty(1))
print(Empty(), Empty._fields, len(Empty()))
One = namedtuple('One', 'a')
attempt(lambda: One(1, 2))

# Defaults.
S = namedtuple('S', 'a b', defaults=(1, 2))
print(S(), S(5), S(b=7), S._field_defaults, S.__new__.__defaults__)
attempt(lambda: S(1, 2, 3))
T = namedtuple('T', 'a b c', defaults=[9])
print(T(1, 2), T._field_defaults)
attempt(lambda: T())
attempt(lambda: T(1))
print(namedtuple('U', 'a b', defaults=None)._field_defaults)
print(namedtuple('U', 'a b', defaults=[])._field_defaults)
print(namedtuple('U', 'a b', defaults=iter([3]))._field_defaults)
attempt(lambda: namedtuple('U', 'a', defaults=(1, 2)))
attempt(lambda: namedtuple('U', 'a', defaults=5))

# Names.
print(namedtuple('U', 'a,b  c')._fields, namedtuple('U', ('a', 'b'))(1, 2))
print(namedtuple('U', ['a', 'a'], rename=True)._fields)
print(namedtuple('U', ['_a', 'class', 'b c', 'ok', 'ok'], rename=True)._fields)
print(namedtuple('U', 'a _b', rename=1)._fields, namedtuple('E', ['_0', 'a'], rename=True)._fields)
print(namedtuple('N', 'self cls')(1, 2))
for args in [('1a', 'x'), ('P', ['x', 'x']), ('P', ['_x']), ('P', ['def']), ('class', 'x'),
             ('P', [1]), ('', 'a'), ('P', 'a b-c'), (5, 'a'), ('P', 5)]:
    attempt(lambda: namedtuple(*args)._fields)
attempt(lambda: namedtuple('def', 'a', rename=True))
attempt(lambda: namedtuple('U', 'a', 5))
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, M, M(1))


# Subclassing and pattern matching.
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __str__(self):
        return f'<{self.x}, {self.y}>'


v = Vector(3, 4)
print(v, repr(v), v.norm2, v + Vector(1, 1), v._replace(x=0), type(v._replace(x=0)).__name__)
print(Vector._make([1, 2]), type(Vector._make([1, 2])).__name__, Vector.__mro__[1].__name__)
match Point(1, 2):
    case Point(a, b):
        print('positional', a, b)
match Point(1, 2):
    case Point(x=1, y=yy):
        print('keyword', yy)
print(Point[int])
Card = namedtuple('Card', 'rank suit')
deck = [Card(r, s) for s in 'SH' for r in '23']
print(deck, sorted(deck, key=lambda c: c.rank), max(deck).suit)
