# copy.copy and copy.deepcopy of every collections type, and deque's
# __reduce__ (what copy and pickle use).
import copy
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


P = namedtuple('P', 'x y')
values = [deque([1, [2]], 5), deque([[3]]), Counter('aab'), OrderedDict(a=[1]), defaultdict(list, a=[1]),
          P(1, [2]), ChainMap({'a': [1]}, {'b': 2}), UserDict(a=[1]), UserList([[1]]), UserString('x')]
for v in values:
    c = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(v).__name__, c, d, type(c).__name__, type(d).__name__, c == v, d == v, c is v)
d = deque([[1], [2]], 3)
shallow = copy.copy(d)
deep = copy.deepcopy(d)
print(shallow[0] is d[0], deep[0] is d[0], deep[0] == d[0], deep.maxlen)
r = deque([1, 2]).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
r = deque([1, 2], 4).__reduce__()
print(r[0], r[1], r[2], list(r[3]))


class Tagged(deque):
    pass


t = Tagged([[1]], 2)
t.tag = 'kept'
for c in [copy.copy(t), copy.deepcopy(t)]:
    print(c, type(c).__name__, getattr(c, 'tag', None), c[0] is t[0])
r = t.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
me = deque()
me.append(me)
again = copy.deepcopy(me)
print(again, again[0] is again)
