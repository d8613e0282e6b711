import types


class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2


C = types.new_class("C", (Base,), {"tag": "t"}, body)
print(C.__name__, C.__bases__, C.tag, C.x, C().double())
print(C.__mro__[1:])
E = types.new_class("E")
print(E.__name__, E.__bases__, E.__module__)
print(types.prepare_class("X"))
print(types.prepare_class("X", (int,), {"metaclass": type, "x": 1}))
kw = {"metaclass": type}
types.prepare_class("X", (), kw)
print(kw)


def meta(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)


print(types.new_class("Y", (), {"metaclass": meta, "k": 2}, lambda ns: ns.update(a=1)))
print(types.prepare_class("Z", (), {"metaclass": meta})[1:])


class Entry:
    def __mro_entries__(self, bases):
        return (Base,)


D = types.new_class("D", (Entry(),))
print(D.__bases__, type(D.__orig_bases__[0]).__name__, D.tag)
try:
    types.new_class("F", (), {"nope": 1})
except TypeError as e:
    print(e)
print(type(C).__name__)
