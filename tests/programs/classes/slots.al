# __slots__: instances without a __dict__ accept only the listed names.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
p.x = 10
print(p.x, p.y)
for action in ("set", "dict", "vars"):
    try:
        if action == "set":
            p.z = 3
        elif action == "dict":
            p.__dict__
        else:
            vars(p)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class P3(P):
    __slots__ = ("z",)


q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Open(P):
    pass


o = Open(5, 6)
o.anything = "ok"
print(o.anything, o.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
