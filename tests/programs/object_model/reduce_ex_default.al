# object.__reduce_ex__ and object.__reduce__: the default reductions of
# every protocol, with the reconstructors copyreg names.
import copyreg


def show(r):
    # The reconstructor by name (copyreg's functions are built-in in alc).
    head = r[0]
    if head is copyreg.__newobj__:
        head = "__newobj__"
    elif head is copyreg.__newobj_ex__:
        head = "__newobj_ex__"
    elif head is copyreg._reconstructor:
        head = "_reconstructor"
    rest = list(r[1:])
    for i, v in enumerate(rest):
        if type(v).__name__.endswith("iterator"):
            rest[i] = ("iter", list(v))
    print(head, *rest)


class A:
    pass


a = A()
show(a.__reduce_ex__(2))
a.x = 1
for p in range(6):
    show(a.__reduce_ex__(p))
show(a.__reduce__())


class S:
    __slots__ = ("a", "b", "__c")


s = S()
s.a = 1
s._S__c = 3
print(s.__getstate__())
show(s.__reduce_ex__(2))
try:
    s.__reduce_ex__(0)
except TypeError as e:
    print("TypeError:", e)


class SD:
    __slots__ = ("a", "__dict__")


sd = SD()
sd.a = 1
sd.z = 2
print(sd.__getstate__())


class L(list):
    pass


lst = L([1, 2])
lst.y = 3
show(lst.__reduce_ex__(2))
show(lst.__reduce_ex__(0))


class D(dict):
    pass


show(D(a=1).__reduce_ex__(3))


class I(int):
    pass


show(I(5).__reduce_ex__(2))
show(I(5).__reduce_ex__(1))
show((5).__reduce_ex__(2))
show("ab".__reduce_ex__(2))
show((1, 2).__reduce_ex__(2))
try:
    (5).__reduce__()
except TypeError as e:
    print("TypeError:", e)
show(object().__reduce_ex__(2))
show(object().__reduce_ex__(0))


class K:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})

    def __new__(cls, *a, **k):
        return object.__new__(cls)


for p in range(6):
    show(K().__reduce_ex__(p))


class G:
    def __getnewargs__(self):
        return (1, 2)

    def __new__(cls, *a):
        return object.__new__(cls)


show(G().__reduce_ex__(2))


class R:
    def __reduce__(self):
        return (R, ())


print(R().__reduce_ex__(2) == (R, ()), R().__reduce_ex__(0) == (R, ()))


class R2:
    def __reduce_ex__(self, p):
        return (R2, (p,))


show(R2().__reduce__())


class GS:
    def __init__(self):
        self.v = 7

    def __getstate__(self):
        return {"v": self.v * 2}


show(GS().__reduce_ex__(2))
show(GS().__reduce_ex__(0))


def gen():
    yield 1


for x in [gen(), range(3), slice(1), 1j, b"x", bytearray(b"a\xff"), memoryview(b"a"), None, Ellipsis, NotImplemented]:
    for p in (0, 2, 3):
        try:
            show(x.__reduce_ex__(p))
        except TypeError as e:
            print(type(x).__name__, p, "TypeError:", e)
try:
    object.__reduce_ex__(A())
except TypeError as e:
    print("TypeError:", e)
try:
    object.__reduce_ex__(A(), "x")
except TypeError as e:
    print("TypeError:", e)


class B(bytearray):
    pass


b = B(b"x")
b.q = 1
print(b.__reduce_ex__(3), b.__reduce__())
print(list.append.__reduce__(), int.__add__.__reduce__(), S.__dict__["a"].__reduce__())
