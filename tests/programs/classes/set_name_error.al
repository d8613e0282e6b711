# An exception from __set_name__ while a class is created becomes CPython
# 3.11's RuntimeError, caused by it.


class D:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)


try:
    class C:
        attr = D()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)


class Fine:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)


class E:
    x = Fine()
    y = Fine()


class Late:
    z = D()
