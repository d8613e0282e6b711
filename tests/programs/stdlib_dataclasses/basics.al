from dataclasses import *
import dataclasses
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
for a, k in [((), {}), ((1,2,3,4), {}), ((1,), {'q': 1}), ((1,), {'x': 2}), ((), {'y':1})]:
    try: P(*a, **k)
    except TypeError as e: print(e)
print(P(1), P(1) == P(1), P(1) == P(2), P.__match_args__, P.__hash__)
print(fields(P)[0].name, fields(P)[2].default_factory, repr(MISSING)[:30])
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.a
except FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(f) == hash((1, 'x')), F(1) < F(2), sorted([F(3), F(1, 'z'), F(1)]))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
try: K(1)
except TypeError as e: print(e)
try: K()
except TypeError as e: print(e)
print(K(a=1))
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(M(1, b=2), M.__match_args__)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e: print(e)
print(asdict(P(1, 2, [F(1)])), astuple(P(1)), replace(P(1), y=5))
@dataclass
class I:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a + b
print(I(1), I(1, 5))
try: replace(I(1), c=3)
except ValueError as e: print(e)
try: fields(3)
except TypeError as e: print(e)
print(P.__doc__, F.__doc__, K.__doc__, M.__doc__, I.__doc__)
D = make_dataclass('D', ['a', ('b', int), ('c', int, field(default=5))])
print(D(1, 2), D.__module__, D.__doc__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 1
except AttributeError as e: print(e)
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(3))
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n)
print(P.__eq__(P(1), 3), F.__hash__ is not None, P.__dataclass_params__)
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: int = field(hash=False, default=0)
print(hash(U(1, 2)) == hash((1,)), U(1) == U(1, 0))
class Plain: pass
@dataclass
class Ch(P):
    w: int = 9
print(Ch(1), Ch.__match_args__, [f.name for f in fields(Ch)])
match P(3, 4):
    case P(x, y):
        print("matched", x, y)
