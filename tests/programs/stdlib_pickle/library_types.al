# Library classes pickle by reference to their modules: namedtuple,
# dataclass, enums, OrderedDict, defaultdict, deque, Counter.
import pickle
import enum
import dataclasses
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple


class Color(enum.Enum):
    RED = 1
    BLUE = "b"


class Perm(enum.IntFlag):
    R = 4
    W = 2


class Size(enum.IntEnum):
    S = 1


Pair = namedtuple("Pair", "left right")


@dataclasses.dataclass
class Item:
    name: str
    tags: list


@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int


values = [Color.RED, Color.BLUE, Perm.R, Perm.R | Perm.W, Size.S, Pair(1, [2]), Item("a", ["t"]), Frozen(3),
          OrderedDict([("z", 1), ("a", 2)]), defaultdict(list, {"k": [1]}), defaultdict(), deque([1, 2, 3]),
          deque([1], maxlen=3), Counter("abracadabra")]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v), data)
        print("  ", repr(back), back == v, type(back) is type(v))
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
dd = pickle.loads(pickle.dumps(defaultdict(list)))
dd["new"].append(1)
print(dd)
