# A metaclass overriding mro(): CPython calls it to compute __mro__.


class Extra:
    def hello(self):
        return "Extra.hello"


class M(type):
    def mro(cls):
        print("mro called for", cls.__name__)
        default = super().mro()
        return [cls, Extra] + [c for c in default if c is not cls]


class A(metaclass=M):
    pass


print(A.__mro__)
print(A().hello(), isinstance(A(), Extra), issubclass(A, Extra))
print(A.mro())
print(type.mro(A))


class B(A):
    x = 1


print(B.__mro__)
print(B.mro())


class Reverse(type):
    def mro(cls):
        return list(reversed(super().mro()))


class P:
    def who(self):
        return "P"


class Q(P):
    def who(self):
        return "Q"


class R(Q, metaclass=Reverse):
    pass


print(R.__mro__, R().who())


class BadMeta(type):
    def mro(cls):
        return [cls, 42, object]


try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class LayoutMeta(type):
    def mro(cls):
        return [cls, int, object]


try:
    class Bad2(metaclass=LayoutMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class Raising(type):
    def mro(cls):
        raise ValueError("no order for " + cls.__name__)


try:
    class Bad3(metaclass=Raising):
        pass
except ValueError as e:
    print("ValueError:", e)


class TupleMeta(type):
    def mro(cls):
        return (cls, object)


class T(P, metaclass=TupleMeta):
    pass


print(T.__mro__, T.mro(), hasattr(T(), "who"), issubclass(T, P))


class Plain(type):
    pass


class U(Q, metaclass=Plain):
    pass


print(U.__mro__, U.mro())
print(int.mro(), bool.mro(), type.mro(type))
try:
    type.mro()
except TypeError as e:
    print("TypeError:", e)
