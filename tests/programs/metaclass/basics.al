class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__
    def __repr__(cls):
        return "<M class " + cls.__name__ + ">"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return (cls.__name__, k)
    def __iter__(cls):
        return iter([1, 2, 3])
    def __contains__(cls, x):
        return x == 7
    def __or__(cls, other):
        return "or!"

class C(metaclass=M, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
    def meth(self):
        return self.v

print(type(C), type(C) is M, isinstance(C, M), isinstance(C, type))
print(C.tag, C.inited, C.hello(), C.prop)
print(repr(C), C)
c = C(5)
print(c.v, c.meth(), type(c).__name__)
print(len(C), C[3], list(C), 7 in C, 8 in C, C | int)
for v in C:
    print(v)
class D(C):
    y = 2
print(type(D), D.tag, D.hello())
print(M.__mro__)
print(C.__class__)
X = M('X', (), {'a': 1})
print(X, X.a, X.tag)
Y = type.__new__(M, 'Y', (), {})
print(Y, type(Y))
try:
    C.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(bool(C))
