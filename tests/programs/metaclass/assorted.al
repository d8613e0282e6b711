class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls

class A(metaclass=PM, k=2):
    b = 1
    a = 2
    def f(self): pass
    a = 3
print(A.order, A.a)

class Even(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class E(metaclass=Even): pass
print(isinstance(4, E), isinstance(3, E), isinstance("x", E), issubclass(bool, E), issubclass(int, E))
print(isinstance(E(), E))

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class B(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class A3(metaclass=M3): pass
class B3(A1, A3): pass
print(type(B3).__name__)
try:
    class B4(A3, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)

def fmeta(name, bases, ns, **kw):
    print("fmeta", name, bases, sorted(ns), kw)
    return 42
class F(int, metaclass=fmeta, z=1):
    q = 1
print(F)

class Spy(type):
    def __setattr__(cls, k, v):
        print("set", cls.__name__, k, v)
        super().__setattr__(k, v * 2)
    def __getattr__(cls, k):
        return "missing:" + k
    def __delattr__(cls, k):
        print("del", k)
        super().__delattr__(k)
class S(metaclass=Spy):
    pass
S.x = 5
print(S.x, S.other)
del S.x
print(S.x)

Z = type('Z', (A1,), {'v': 1})
print(type(Z).__name__, Z.v)

class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
    def make(cls):
        return cls()
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry, type(R2.make()).__name__)
print(R1.mro(), Reg.mro(Reg) if False else None)

class Cm(type):
    def __bool__(cls):
        return False
class Falsy(metaclass=Cm): pass
print(bool(Falsy), "yes" if Falsy else "no")

class WithInit(metaclass=Cm):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(WithInit, color="red"):
    pass
print(type(Sub).__name__)
print(callable(Sub), Sub.__class__.__name__)
