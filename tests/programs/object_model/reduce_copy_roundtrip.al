# copy.copy and copy.deepcopy through the default reductions: slots,
# __getnewargs__/__getnewargs_ex__, list and dict subclasses, __getstate__
# and __setstate__, built-in bases rebuilt by protocol 0's reconstructor.
import copy
import copyreg


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = copy.deepcopy(P(1, [2]))
print(type(p).__name__, p.x, p.y)


class N:
    def __new__(cls, a, *, b):
        o = object.__new__(cls)
        o.a = a
        o.b = b
        return o

    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})


n = copy.copy(N(1, b=2))
print(n.a, n.b)


class L(list):
    pass


l2 = copy.deepcopy(L([1, [2]]))
print(type(l2).__name__, l2)


class St:
    def __init__(self):
        self.items = [1]

    def __getstate__(self):
        return {"items": self.items, "extra": True}

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.restored = True


s2 = copy.deepcopy(St())
print(sorted(vars(s2).items()))
func, args, *rest = copyreg._reduce_ex(L([3]), 0)
print(func is copyreg._reconstructor, args, rest)
r = func(*args)
print(type(r).__name__, r)


class F(float):
    pass


func, args = F(2.5).__reduce_ex__(1)
print(args)
print(func(*args), type(func(*args)).__name__)
print(copyreg.__newobj__(L, [1]) == [], type(copyreg.__newobj__(L)).__name__)
print(copyreg.__newobj_ex__(N, (5,), {"b": 6}).b)


class BA(bytearray):
    pass


ba = BA(b"ab")
ba.tag = 1
for c in (copy.copy(ba), copy.deepcopy(ba)):
    print(type(c).__name__, c, c.tag)
print(copy.deepcopy(b"xy") is not None, copy.copy(b"q"))


class BS(bytearray):
    def __getstate__(self):
        return {"st": 1}


print(BS(b"ab").__reduce_ex__(1), BS(b"ab").__reduce_ex__(5))
