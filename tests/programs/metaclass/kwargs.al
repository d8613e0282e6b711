# Class keywords reach __prepare__, __new__, __init__ and __init_subclass__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return super().__prepare__(name, bases, **kw)

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, size=0, **kw):
        print("init_subclass", cls.__name__, size, kw)
        cls.size = size


class A(Base, size=3):
    pass


class B(A, size=5):
    pass


print(A.size, B.size)
try:
    class C(Base, colour=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
