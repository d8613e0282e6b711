# User subclasses: __new__ with extra arguments, derive keeping the subclass, __str__.
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def derive(self, excs):
        return Errors(self.message, excs, self.code)

    def __str__(self):
        return f"[{self.code}] {self.message}"


e = Errors("problems", [ValueError(1), TypeError(2), ValueError(3)], 7)
print(type(e).__name__, e.args, e.code, str(e), repr(e))
print(Errors.__mro__)
m, r = e.split(ValueError)
print(type(m).__name__, m.code, repr(m), str(m))
print(type(r).__name__, r.code, repr(r))
print(isinstance(e, Exception), isinstance(e, ExceptionGroup))


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError()])
print(type(p).__name__, repr(p), str(p))
print(type(p.subgroup(ValueError)).__name__)
print(type(p.split(lambda x: True)[0]).__name__)


class Base(BaseExceptionGroup):
    pass


b = Base("b", [ValueError()])
print(type(b).__name__, isinstance(b, Exception))
b = Base("b", [KeyboardInterrupt()])
print(type(b).__name__, repr(b))
try:
    Plain("x", [KeyboardInterrupt()])
except TypeError as err:
    print(err)


class Both(ValueError, ExceptionGroup):
    pass


print(Both.__mro__)
x = Both("both", [TypeError()])
print(repr(x), str(x), isinstance(x, ValueError))


class WithInit(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.count = len(excs)


w = WithInit("w", [ValueError(), ValueError()])
print(w.count, w.args, str(w))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as err:
    print(err)
try:
    BadDerive("ok", [ValueError()]).split(ValueError)
except TypeError as err:
    print("even for a single match:", err)
print(BadDerive("ok", [ValueError()]).split(Exception)[0].message)
