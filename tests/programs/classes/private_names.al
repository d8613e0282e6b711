# Private name mangling: __x inside a class is _Class__x (names, attributes,
# parameters, patterns, nested classes, __slots__), as CPython compiles it.
class C:
    __a = 1
    __b__ = 2
    def __m(self, __p, q=None):
        __loc = 1
        self.__x = __p
        return __loc, self.__x, q
    def f(self, **kw):
        return self.__m(1, q=2), kw, self.__a, C.__a
    def g(self):
        return self.f(__k=1), [self.__a for _ in range(2)], (lambda __z=3: __z)()
print(sorted(k for k in vars(C) if not k.startswith('__')))
c = C()
print(c.g(), c._C__x, c._C__a)
try:
    c.__x
except AttributeError as e:
    print(e)
class _Under:
    __z = 3
    class Inner:
        __y = 4
        def get(self):
            return self.__y
print([k for k in vars(_Under) if 'z' in k], _Under.Inner().get(), [k for k in vars(_Under.Inner) if 'y' in k])
class ___:
    __w = 1
print('__w' in vars(___))
class P:
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
class Q(P):
    def __init__(self):
        super().__init__()
        self.__secret = 7
    def mine(self):
        return self.__secret
q = Q()
print(q.reveal(), q.mine(), sorted(vars(q)))
def outer():
    class D:
        def h(self):
            try:
                return __undefined
            except NameError as e:
                return str(e)
    return D().h()
print(outer())
class M:
    def pick(self, v):
        match v:
            case {"k": __val}:
                return __val
            case [__first, *__rest]:
                return __first, __rest
print(M().pick({"k": 5}), M().pick([1, 2, 3]))
class G:
    __count = 0
    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count
print(G.bump(), G.bump(), getattr(G, '_G__count'))
class S:
    __slots__ = ('__a', 'b')
    def __init__(self):
        self.__a = 1
        self.b = 2
    def get(self):
        return self.__a
s = S()
print(s.get(), s._S__a, S.__slots__)
try:
    s.__c = 3
except AttributeError as e:
    print(e)
