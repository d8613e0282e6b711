# A __subclasshook__ may fall back on object's through super(), which
# answers NotImplemented.
from collections.abc import Sized, Iterable
class MyABC(Sized):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is MyABC and hasattr(C, 'size'):
            return True
        return super().__subclasshook__(C)
class HasSize:
    size = 3
print(issubclass(HasSize, MyABC), issubclass(int, MyABC), issubclass(list, MyABC))
print(object.__subclasshook__(int), Sized.__subclasshook__(list), Iterable.__subclasshook__(int))
class P:
    pass
print(P.__subclasshook__(int), '__subclasshook__' in dir(P))
class Q(P):
    @classmethod
    def __subclasshook__(cls, C):
        return super().__subclasshook__(C)
print(Q.__subclasshook__(int))
