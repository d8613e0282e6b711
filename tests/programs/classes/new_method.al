# __new__: controlling instance creation; returning another type skips __init__.
class Tracked:
    count = 0

    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        cls.count += 1
        return inst

    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.a = a
        self.b = b


t = Tracked(1, b=3)
print(t.a, t.b, Tracked.count)


class Sub(Tracked):
    pass


s = Sub(5)
print(type(s).__name__, Sub.count, Tracked.count)


class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return object.__new__(cls)

    def __init__(self, x):
        print("init runs for", x)
        self.x = x


print(Weird(-1))
w = Weird(3)
print(type(w).__name__, w.x)


class Interned:
    cache = {}

    def __new__(cls, name):
        if name in cls.cache:
            return cls.cache[name]
        obj = super().__new__(cls)
        obj.name = name
        cls.cache[name] = obj
        return obj


a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, sorted(Interned.cache))

try:
    class Strict:
        def __new__(cls, v):
            return super().__new__(cls, v)
    Strict(1)
except TypeError as e:
    print("TypeError:", e)
