# isinstance falls back to __class__ when a class defines it or
# __getattribute__ (weakref proxies pass for their referents).
import weakref
class C:
    def m(self): return 1
class D(C): pass
c = D()
p = weakref.proxy(c)
print(isinstance(p, C), isinstance(p, D), isinstance(p, int), type(p) is D)
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), isinstance(f, str), type(f).__name__, f.__class__)
class Bad:
    @property
    def __class__(self): raise AttributeError("no")
print(isinstance(Bad(), int), isinstance(Bad(), Bad))
class Weird:
    __class__ = 5
print(isinstance(Weird(), int))
import collections.abc
class Seq:
    @property
    def __class__(self): return list
print(isinstance(Seq(), collections.abc.Sequence), isinstance(Seq(), list))
match f:
    case int():
        print("matched int")
    case _:
        print("no")
print(int.__instancecheck__(f), type.__instancecheck__(int, f))
