# Metaclasses inherit from each other; methods and super() chains through
# several metaclasses.
class Base(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("trail", [])
        cls = super().__new__(mcls, name, bases, ns)
        cls.trail = cls.trail + ["Base"]
        return cls

    def who(cls):
        return "Base.who " + cls.__name__


class Middle(Base):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.trail = cls.trail + ["Middle"]
        return cls

    def who(cls):
        return "Middle(" + super().who() + ")"


class Top(Middle):
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.via = "Top.__call__"
        return inst


class X(metaclass=Top):
    def __init__(self, v=0):
        self.v = v


class Y(X):
    pass


print(X.trail, Y.trail)
print(X.who(), Y.who())
y = Y(4)
print(y.v, y.via, type(y).__name__)
print([m.__name__ for m in Top.__mro__])
print(isinstance(Y, Base), isinstance(Y, Middle), issubclass(Top, type), isinstance(Top, type))
print(Top.mro(Top)[1].__name__, type(Top).__name__)
