# Objects of library classes (fractions, decimal, pathlib, functools,
# operator, types, array, collections, exceptions, re) under every protocol.
import pickle, fractions, decimal, pathlib, functools, operator, types, array, collections, re, enum, dataclasses
class E(Exception):
    pass
class KeyErr(KeyError):
    def __init__(self, k, extra):
        super().__init__(k)
        self.extra = extra
objs = [fractions.Fraction(3, 4), decimal.Decimal("1.50"), pathlib.PurePosixPath("/a/b"), pathlib.Path("x/y"),
        functools.partial(max, 1, key=abs), operator.itemgetter(1), operator.attrgetter("a.b"), operator.methodcaller("f", 1, k=2),
        types.SimpleNamespace(a=1, b=[2]), array.array("i", [1, 2]), array.array("d"), collections.ChainMap({1: 2}, {3: 4}),
        collections.UserDict({1: 2}), collections.UserList([1]), ValueError("x"), E("a", 1), KeyErr("k", 5), StopIteration(3),
        OSError(2, "nope"), re.compile("a+b", re.I), range(0), slice(None), {"k": b"v", "t": (1.5, None)}, [True, False, None],
        frozenset({frozenset({1})}), bytearray(b"\x00" * 3), -0.0, 2**1000 - 1, re.I, enum.Flag, object()]
for o in objs:
    for p in range(6):
        try:
            b = pickle.dumps(o, p)
            back = pickle.loads(b)
            print(p, type(o).__name__, b)
            print("   ", repr(back)[:150] if type(o) is not object else type(back))
        except Exception as e:
            print(p, type(o).__name__, "ERR", type(e).__name__, str(e)[:200])
