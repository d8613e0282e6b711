# Choosing the most derived metaclass, and CPython's metaclass conflict.
class MA(type):
    pass


class MB(type):
    pass


class MC(MA):
    pass


class A(metaclass=MA):
    pass


class B(metaclass=MB):
    pass


class C(metaclass=MC):
    pass


for bases in [(A, B), (B, A), (A, C), (C, A)]:
    try:
        X = type("X", bases, {})
        print([b.__name__ for b in bases], type(X).__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], type(e).__name__, e)

try:
    class D(A, metaclass=MB):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class E(A, metaclass=type):
    pass


print(type(E).__name__)


class F(C, A):
    pass


print(type(F).__name__, [k.__name__ for k in F.__mro__])

try:
    MB("G", (A,), {})
except TypeError as e:
    print(type(e).__name__, e)

print(type(MC("H", (A,), {})).__name__)
