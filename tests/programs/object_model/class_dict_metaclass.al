# The __dict__ of classes made by metaclasses, type() and __prepare__.
import collections


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return collections.OrderedDict()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls


class Config(metaclass=Ordered):
    zeta = 1
    alpha = 2

    def method(self):
        pass


print(Config.order, list(Config.__dict__))
print(type(Config.__dict__).__name__, Config.__dict__["order"])
T = type("T", (), {"b": 1, "a": 2, "__doc__": "docs"})
print(list(T.__dict__), T.__dict__["__doc__"], T.__dict__["__module__"])
U = type("U", (T,), {})
print(list(U.__dict__), U.__dict__["__module__"])


class Registry(type):
    classes = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes[name] = sorted(k for k in cls.__dict__ if not k.startswith("__"))


class Base(metaclass=Registry):
    x = 1


class Child(Base):
    y = 2

    def f(self):
        return 1


print(Registry.classes)
print(list(Registry.__dict__), type(Registry.__dict__["classes"]).__name__)
Child.z = 3
print("z" in Child.__dict__, "z" in Base.__dict__, Child.__dict__.get("x"), Base.__dict__.get("x"))
del Child.z
print(sorted(k for k in vars(Child) if not k.startswith("__")))
