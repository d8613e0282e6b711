import types
from types import DynamicClassAttribute as D


class C:
    @D
    def x(self):
        "doc x"
        return 1

    y = D(None)

    def __getattr__(self, n):
        return "ga:" + n


c = C()
print(c.x, C.__dict__["x"].__doc__, C.__dict__["x"].overwrite_doc, C.__dict__["x"].__isabstractmethod__)
try:
    C.x
except AttributeError as e:
    print("AE", repr(e))
print(c.y)
try:
    c.x = 2
except AttributeError as e:
    print("AE", repr(e))
try:
    del c.x
except AttributeError as e:
    print("AE", repr(e))


class K:
    def _g(self):
        return self._v

    def _s(self, v):
        self._v = v

    def _d(self):
        del self._v

    v = D(_g, _s, _d, "vdoc")


k = K()
k.v = 3
print(k.v, K.__dict__["v"].__doc__, K.__dict__["v"].overwrite_doc)
del k.v
print(hasattr(k, "_v"))
p = D(lambda s: 1)
q = p.setter(lambda s, v: None)
print(q is p, type(q).__name__, q.fset is not None, q.fget is p.fget)
r = q.deleter(print).getter(lambda s: 2)
print(r.fdel is print, r.fget(None), r.__doc__)


class Meta:
    @D
    def name(self):
        """the name"""
        return "instance name"

    @name.setter
    def name(self, v):
        print("set", v)


m = Meta()
print(m.name)
m.name = 5
print(Meta.__dict__["name"].__doc__)
print(D(None).__doc__, D.__module__, D.__name__)
try:
    Meta.name
except AttributeError as e:
    print("class access:", repr(e))
print(sorted(k for k in vars(D) if not k.startswith("__")))
