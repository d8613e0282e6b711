# One attribute, setattr and method-call site seeing many situations:
# several classes (polymorphic sites), instances that shadow a method later,
# attributes deleted and re-added, class attributes changed, instances
# switching to a __dict__, and objects that are not instances at all.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "a"


class B(Base):
    def __init__(self, v):
        self.w = -v
        super().__init__(v)

    def kind(self):
        return "b"


class C(B):
    pass


class D(Base):
    kind = staticmethod(lambda: "static d")


class E(Base):
    @property
    def v(self):
        return "prop"

    @v.setter
    def v(self, x):
        self._v = x


def read_all(objs):
    out = []
    for o in objs:
        out.append((o.v, o.kind(), o.get()))
    return out


def bump(objs, k):
    for o in objs:
        o.v = o.v + k if not isinstance(o.v, str) else o.v + "!"


objs = [Base(1), A(2), B(3), C(4), D(5), E(6), A(7), Base(8)]
for _ in range(3):
    print(read_all(objs))
    bump(objs, 10)

# An instance attribute shadows the method at the same sites.
a = objs[1]
a.kind = lambda: "instance lambda"
a.get = 42
print(read_all(objs[:1] + [objs[6]]))
try:
    print(read_all([a]))
except TypeError as e:
    print("TypeError:", e)
del a.get
print(read_all([a]))
del a.kind
print(read_all([a]))

# Deleting an attribute the cache has seen.
b = objs[2]
del b.v
try:
    read_all([b])
except AttributeError as e:
    print("AttributeError:", e)
b.v = "back"
print(read_all([b]))

# Changing the class after the sites are warm.
print(read_all(objs))
A.kind = lambda self: "a changed"
orig_get = Base.get
Base.get = lambda self: ("base get", self.v)
print(read_all(objs))
del A.kind
print(read_all(objs))
Base.get = orig_get
print(read_all(objs))

# An instance that switches to a dict.
c = objs[3]
print(sorted(c.__dict__.items()))
c.__dict__["v"] = "via dict"
print(read_all([c]))
c.__dict__["kind"] = lambda: "dict kind"
print(read_all([c]))

# Not instances: a class, a module-level function, builtins.
class HasV:
    v = "class attr"

    @staticmethod
    def kind():
        return "static"

    @staticmethod
    def get():
        return "static get"


print(read_all([HasV]))
for x in [[1, 2], "ab", (3,), {1: 2}]:
    try:
        x.v
    except AttributeError as e:
        print("AttributeError:", e)

# A site reached by many classes in turn (more than the cache holds).
classes = [type("K" + str(i), (Base,), {"kind": (lambda i: lambda self: i)(i)}) for i in range(9)]
total = 0
for rnd in range(40):
    for k in classes:
        o = k(rnd)
        total += o.kind() + o.get() + o.v
print(total)

# Attribute order differing between instances of one class.
class P:
    pass


p1, p2 = P(), P()
p1.x = 1
p1.y = 2
p2.y = 3
p2.x = 4
for p in (p1, p2, p1, p2):
    print(p.x, p.y, sorted(vars(p)))
    p.x += 100
print(p1.x, p2.x)

# object() instances at a method-call site and an attribute site.
for o in [object(), P(), object()]:
    try:
        o.get()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        o.v = 1
        print("set", o.v)
    except AttributeError as e:
        print("AttributeError:", e)
