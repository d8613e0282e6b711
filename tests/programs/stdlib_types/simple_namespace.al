from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="two")
print(ns, repr(ns), str(ns))
print(ns.a, ns.b)
ns.c = [1, 2]
print(ns)
del ns.a
print(ns, vars(ns), ns.__dict__)
print(SimpleNamespace())
print(SimpleNamespace(x=1) == SimpleNamespace(x=1))
print(SimpleNamespace(x=1) == SimpleNamespace(x=2))
print(SimpleNamespace(x=1) != SimpleNamespace(x=1))
print(SimpleNamespace() == object(), SimpleNamespace() == {})
try:
    ns.missing
except AttributeError as e:
    print(e)
try:
    del ns.missing
except AttributeError as e:
    print(e)
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__)
print(getattr(ns, "zz", "default"), hasattr(ns, "b"), hasattr(ns, "zz"))
d = {"k": 1, "j": 2}
n2 = SimpleNamespace(**d)
print(n2, n2.k + n2.j)
self_ref = SimpleNamespace(name="loop")
self_ref.me = self_ref
print(self_ref)
nested = SimpleNamespace(inner=SimpleNamespace(v=1.5), items=[SimpleNamespace()])
print(nested)
print(type(ns), SimpleNamespace.__name__, SimpleNamespace.__module__, type(ns).__qualname__)


class Point(SimpleNamespace):
    pass


p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2))
try:
    p.z
except AttributeError as e:
    print(e)
print(sorted(k for k in vars(SimpleNamespace(b=1, a=2))))
print(isinstance(p, SimpleNamespace))
ns2 = SimpleNamespace(a=1)
ns2.a += 5
setattr(ns2, "b", "x")
print(ns2)
