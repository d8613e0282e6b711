# User descriptors: __get__, __set__, __delete__ and __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.storage)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, sorted(p.__dict__))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.name).__name__, Person.age.name)
p.__dict__["age"] = "shadow"
print(p.age)


class Constant:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return self.v * (2 if obj is not None else 1)


class Holder:
    c = Constant(21)


h = Holder()
print(h.c, Holder.c)
h.c = "instance wins for non-data descriptors"
print(h.c, Holder.c)


class Counted:
    def __get__(self, obj, objtype=None):
        objtype.reads = getattr(objtype, "reads", 0) + 1
        return objtype.reads


class Uses:
    hits = Counted()


u = Uses()
print(u.hits, u.hits, Uses.hits)
