# __prepare__ returning custom namespaces: the class body stores and reads
# its names through the mapping.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.events = []

    def __setitem__(self, key, value):
        self.events.append(("set", key))
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self.events.append(("get", key))
        return super().__getitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.events = [e for e in ns.events if not e[1].startswith("__")]
        return cls


class C(metaclass=Meta):
    x = 1
    y = x + 1
    def f(self):
        return 1
    del_me = 3


print(C.events)
print(C.x, C.y, C.del_me)


class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError("duplicate name " + key)
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupes()


try:
    class D(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class E(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(type.__prepare__("x", ()), type.__prepare__())
