# __classcell__: a class body's __class__ cell, filled by type.__new__.


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("__classcell__ in ns:", "__classcell__" in ns, type(ns["__classcell__"]).__name__ if "__classcell__" in ns else None)
        cls = super().__new__(mcls, name, bases, ns)
        # super() works in the new class's methods before __new__ returns.
        if hasattr(cls, "describe"):
            print("early:", cls.describe())
        print("in class dict:", "__classcell__" in cls.__dict__)
        return cls


class Base:
    @classmethod
    def describe(cls):
        return "Base.describe"

    def greet(self):
        return "Base"


class Child(Base, metaclass=Meta):
    @classmethod
    def describe(cls):
        return "Child+" + super().describe()

    def greet(self):
        return "Child+" + super().greet()

    def me(self):
        return __class__


print(Child().greet(), Child().me() is Child, Child.describe())


class NoCell(metaclass=Meta):
    def f(self):
        return 1


class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class Lost(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


class Swapper(type):
    def __new__(mcls, name, bases, ns):
        real = super().__new__(mcls, name, bases, ns)
        return super().__new__(mcls, name + "2", bases, {})


try:
    class Swapped(metaclass=Swapper):
        def f(self):
            return super().f()
except TypeError as e:
    print("TypeError:", e)

try:
    type("X", (), {"__classcell__": 1})
except TypeError as e:
    print("TypeError:", e)


def dict_meta(name, bases, ns):
    return ns


class Namespace(metaclass=dict_meta):
    def f(self):
        return super().f()


print(type(Namespace).__name__, sorted(Namespace))
try:
    Namespace["f"](1)
except RuntimeError as e:
    print("RuntimeError:", e)


class Describer:
    def __set_name__(self, owner, name):
        # The owner's methods can use super() already.
        print("set_name", name, owner().hello())


class Top:
    def hello(self):
        return "Top"


class WithDescr(Top):
    d = Describer()

    def hello(self):
        return "WithDescr+" + super().hello()


class InitSub:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, cls().ping())


class Pinger(InitSub):
    def ping(self):
        return "pong via " + super().__class__.__name__


def outside(self):
    return super().x


try:
    outside(1)
except RuntimeError as e:
    print("RuntimeError:", e)
