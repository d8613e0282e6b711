# __dict__ and vars(): the instance namespace in insertion order.
class P:
    kind = "p"

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.__dict__, vars(p), vars(p) is p.__dict__)
p.z = 3
print(p.__dict__)
p.__dict__["w"] = 4
print(p.w, list(vars(p)))
del p.__dict__["x"]
print(hasattr(p, "x"), p.__dict__)
d = vars(p)
d.clear()
print(p.__dict__, hasattr(p, "y"), p.kind)
p.__dict__.update({"a": 1, "b": 2})
print(p.a + p.b)
q = P(5, 6)
q.__dict__ = {"only": True}
print(q.__dict__, q.only, hasattr(q, "x"))
print("kind" in P.__dict__, "__init__" in P.__dict__, P.__dict__["kind"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class Copyable:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def copy(self):
        new = Copyable()
        new.__dict__.update(self.__dict__)
        return new


c = Copyable(a=1, b=[2])
c2 = c.copy()
c2.a = 10
print(c.a, c2.a, c.b is c2.b, sorted(c2.__dict__.items()))
