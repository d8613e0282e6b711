# Subclassing various built-in exception types; catching through bases.
class MyValue(ValueError): pass
class MyKey(KeyError): pass
class MyIndex(IndexError): pass
class MyType(TypeError): pass
class MyRuntime(RuntimeError): pass
class MyStop(StopIteration): pass
class MyArith(ZeroDivisionError): pass
class MyBase(BaseException): pass
class MyAttr(AttributeError): pass
class MyNotImpl(NotImplementedError): pass

for cls, base in [(MyValue, ValueError), (MyKey, LookupError), (MyIndex, LookupError),
                  (MyType, Exception), (MyRuntime, RuntimeError), (MyStop, StopIteration),
                  (MyArith, ArithmeticError), (MyAttr, AttributeError), (MyNotImpl, RuntimeError)]:
    try:
        raise cls("boom")
    except base as e:
        print(cls.__name__, "caught as", base.__name__, e, repr(e))

try:
    raise MyBase("base")
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", e)

try:
    raise MyKey("missing")
except (MyIndex, MyKey) as e:
    print("tuple", type(e).__name__, e)


class Shape:
    def area(self):
        raise MyNotImpl(type(self).__name__ + ".area")


try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Stream:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise MyStop()
        return self.n


print(list(Stream()))
