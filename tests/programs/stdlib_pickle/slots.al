# Instances with __slots__ (and slots plus a __dict__) keep every field.
import pickle


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Mixed:
    __slots__ = ("s", "__dict__")


class Child(Slotted):
    __slots__ = ("c",)


x = Slotted(5)
m = Mixed()
m.s = "slot"
m.extra = "dict"
c = Child(1)
c.b = 2
c.c = 3
for proto in range(6):
    for obj in (x, m, c):
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as e:
            print(proto, type(obj).__name__, "TypeError", e)
            continue
        print(proto, type(obj).__name__, data)
        back = pickle.loads(data)
        print(sorted((k, getattr(back, k)) for k in ("a", "b", "c", "s", "extra") if hasattr(back, k)))
