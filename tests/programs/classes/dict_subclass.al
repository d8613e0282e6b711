# Subclassing dict: __missing__, extra methods, inherited behaviour.
class DefaultCounter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self[key] + 1


c = DefaultCounter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c, c["the"], c["zebra"], len(c), "zebra" in c)
print(sorted(c.items()), list(c.keys()), c.get("cat"), c.get("dog", "none"))
print(isinstance(c, dict), type(c).__name__)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


a = AttrDict(x=1, y=2)
a.z = 3
print(a.x, a.z, a, sorted(a))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)


class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def register(self, key):
        def deco(fn):
            self[key] = fn
            return fn
        return deco


r = Registry("ops")


@r.register("double")
def double(x):
    return x * 2


print(r.name, list(r), r["double"](21))
d2 = DefaultCounter({"a": 1})
d2.update(b=2)
print(d2, d2 == {"a": 1, "b": 2}, d2.pop("a"), d2)
for k in DefaultCounter(p=1, q=2):
    print(k)
try:
    {}[DefaultCounter()]
except TypeError as e:
    print("TypeError:", e)
