# __set_name__ and __init_subclass__ run inside type.__new__, in CPython's order.


class Field:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print("set_name", self.tag, owner.__name__, name, hasattr(owner, "__mro__"))
        self.name = name


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new start", name, kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("meta new end", name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, [k for k in vars(cls) if not k.startswith("__")])
        super().__init_subclass__()


class Model(Base, flag=1):
    b = Field("b")
    a = Field("a")
    x = 5
    c = Field("c")


class Adder:
    def __set_name__(self, owner, name):
        print("adder", name)
        # Added during the loop: not given __set_name__ (the loop walks a copy).
        setattr(owner, "late", Field("late"))


class WithAdder:
    first = Adder()
    second = Field("second")


print(hasattr(WithAdder.late, "name"))


class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)


try:
    class Broken:
        f = Failing()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)


class Prop:
    @property
    def p(self):
        return 1


print(Prop.p.fget.__name__)


class Late:
    pass


Late.__set_name__ = lambda self, owner, name: print("late set_name", name)


class UsesLate:
    z = Late()


T = type("T", (), {"q": Field("q")})
print(T.q.name)
