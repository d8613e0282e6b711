# Instances, slots, state, __getnewargs__, enums, namedtuples, dataclasses,
# list and dict subclasses, classes, the collections types and datetime
# objects under every protocol, and what loads makes of them.
import pickle, collections, dataclasses, enum, datetime
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __repr__(self):
        return "Plain(%r, %r)" % (self.a, self.b)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "Slotted(%r, %r)" % (self.x, getattr(self, "y", "-"))

class WithState:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {"v": self.v * 2}
    def __setstate__(self, st):
        self.v = st["v"] // 2
        self.restored = True
    def __repr__(self):
        return "WithState(%r, %r)" % (self.v, getattr(self, "restored", False))

class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)

class Color(enum.Enum):
    RED = 1
    GREEN = "g"

class Perm(enum.IntFlag):
    R = 4
    W = 2

Point = namedtuple("Point", "x y")

@dataclasses.dataclass
class DC:
    name: str
    items: list

class MyList(list):
    pass

class MyDict(dict):
    pass

def func():
    return 1

class Outer:
    class Inner:
        pass

objs = [Plain(1, "s"), Slotted(3), WithState(21), NewArgs(5, "t"), Color.RED, Color.GREEN, Perm.R, Perm.R | Perm.W,
        Point(1, 2), DC("n", [1]), MyList([1, 2]), MyDict(a=1), Plain, Outer.Inner, Color,
        OrderedDict(a=1, b=2), defaultdict(list, {1: [2]}), deque([1, 2]), deque([3], 5), Counter("aab"),
        datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        datetime.time(1, 2, 3, 4), datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=1), "X"),
        datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc), range(1, 10, 2), slice(1, 2, 3), complex(1, 2)]
for o in objs:
    for p in range(6):
        try:
            b = pickle.dumps(o, p)
            print(p, repr(o), b)
            print("  ->", repr(pickle.loads(b)))
        except Exception as e:
            print(p, repr(o), "ERR", type(e).__name__, e)
