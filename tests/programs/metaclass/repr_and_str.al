# __repr__ and __str__ of a metaclass decide how its classes print.
class Named(type):
    def __repr__(cls):
        return "<Named " + cls.__qualname__ + ">"


class A(metaclass=Named):
    class Inner:
        pass


class B(A):
    pass


print(A, repr(B), [A, B], {"k": B}, (A,))
print(str(A), f"{B}", "%s %r" % (A, B), format(A))
print(A.Inner, type(A.Inner).__name__)


class WithStr(type):
    def __str__(cls):
        return "str of " + cls.__name__


class C(metaclass=WithStr):
    pass


print(C, repr(C), [C])
print(type(A), repr(type(B)), type(C).__name__, type(C).__qualname__)


class BadRepr(type):
    def __repr__(cls):
        return 42


class D(metaclass=BadRepr):
    pass


try:
    repr(D)
except TypeError as e:
    print(type(e).__name__, e)
