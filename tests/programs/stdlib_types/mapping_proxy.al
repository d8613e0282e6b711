from types import MappingProxyType as M
import collections
import collections.abc as abc

d = {"a": 1, "b": 2}
m = M(d)
print(m, repr(m), str(m), type(m), M.__module__, M.__qualname__, M.__name__)
print(m["a"], len(m), list(m), "a" in m, "z" in m, m.get("z"), m.get("z", 0), m.get("a"))
print(m.keys(), m.values(), m.items())
d["c"] = 3
print(m, list(reversed(m)))
tests = [
    lambda: M([]),
    lambda: M((1,)),
    lambda: M(1),
    lambda: hash(m),
    lambda: m["zz"],
    lambda: setattr(m, "x", 1),
    lambda: m.pop("a"),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
try:
    m["x"] = 1
except TypeError as e:
    print(e)
try:
    del m["a"]
except TypeError as e:
    print(e)
try:
    m |= {}
except TypeError as e:
    print(e)
print(m == d, m == dict(d), m != {}, m | {"z": 0}, {"q": 1} | m, m | M({"y": 9}))
c = m.copy()
c["new"] = 1
print(c, type(c).__name__, "new" in m)
print(isinstance(m, abc.Mapping), isinstance(m, abc.MutableMapping), isinstance(m, dict))
print(issubclass(M, abc.Mapping), issubclass(M, abc.Collection))
print(M(M(d)))
print(repr(M(collections.OrderedDict(a=1))))
print(M[int], bool(M({})), bool(m))
cm = collections.ChainMap({"k": 1}, {"j": 2})
pm = M(cm)
print(pm["j"], sorted(pm), len(pm))
dd = collections.defaultdict(list)
pd = M(dd)
try:
    pd["missing"]
except KeyError:
    print("no KeyError")
print(dd)


match m:
    case {"a": 1, **rest}:
        print("mapping pattern", rest)
