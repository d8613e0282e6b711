import types
from types import SimpleNamespace as NS


class Config(NS):
    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items()))


c = Config(debug=True, level=3)
print(c, c.describe())
print(c == NS(debug=True, level=3), NS(debug=True, level=3) == c)
print(c.__reduce__())
print(NS(a=1).__reduce__())
print(repr(NS(s="quote'd", n=None, f=1.5, t=(1,), d={"k": [1]})))
a = NS(x=1)
b = NS(x=1)
b.y = 2
print(a == b, a != b)
del b.y
print(a == b)
a.inner = a
b.inner = a
print(a)
items = [NS(name=n, size=len(n)) for n in ["ab", "c", "def"]]
items.sort(key=lambda o: o.size)
print([o.name for o in items])
print(sorted(dir(NS(z=1, a=2)))[-2:] if False else "z" in dir(NS(z=1)))
print(type(NS.__init__).__name__ in ("function", "wrapper_descriptor"))
print(isinstance(NS(), object), issubclass(Config, types.SimpleNamespace))
