# PEP 560: bases that are not classes but have __mro_entries__.
import collections.abc
import types


class B:
    def hello(self):
        return "B.hello"


class Fake:
    def __init__(self, *entries):
        self.entries = entries

    def __mro_entries__(self, bases):
        print("mro_entries", len(bases), bases.index(self))
        return self.entries

    def __repr__(self):
        return "Fake" + repr(self.entries)


f = Fake(B)


class C(f):
    pass


print(C.__bases__, C.__mro__)
print(C.__orig_bases__, "__orig_bases__" in C.__dict__, C().hello())


class Plain(B):
    pass


print("__orig_bases__" in Plain.__dict__, hasattr(Plain, "__orig_bases__"))


class Sub(C):
    pass


# Inherited, not its own.
print(Sub.__orig_bases__, "__orig_bases__" in Sub.__dict__)


class Two(Fake(), f, int):
    pass


print(Two.__bases__, Two.__orig_bases__)


class L(list[int]):
    pass


print(L.__bases__, L.__orig_bases__, L([1, 2]) + [3])
print(list[int].__mro_entries__((1,)), dict[str, int].__mro_entries__(()))


class S(collections.abc.Sequence[int]):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10


print(S.__bases__, S.__orig_bases__, list(S()))


class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, bases, sorted(k for k in ns if k == "__orig_bases__"))
        return super().__new__(mcls, name, bases, ns)


class G(list[str], metaclass=M):
    pass


print(type(G).__name__, G.__orig_bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [B]


try:
    class H(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoEntries:
    pass


try:
    class I(NoEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)

for args in [("J", (f,), {}), ("J", (list[int],), {}), ("J", (1,), {}), ("J", (int, 1), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
    try:
        M(*args)
    except TypeError as e:
        print("TypeError:", e)

print(types.resolve_bases((f, int)), types.resolve_bases((int, str)))
bases = (int,)
print(types.resolve_bases(bases) is bases)


def body(ns):
    ns["x"] = 1
    ns["double"] = lambda self: self.x * 2


D = types.new_class("D", (f,), {}, body)
print(D, D.__bases__, D.x, D().double(), D.__orig_bases__)
K = types.new_class("K", (list[int],), {"metaclass": M})
print(type(K).__name__, K.__bases__, K.__orig_bases__)
meta, ns, kw = types.prepare_class("P", (B,), {"metaclass": M, "flag": 1})
print(meta.__name__, type(ns).__name__, kw)


class Init:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


E = types.new_class("E", (Init,), {"flag": True})
print(E.__mro__)
try:
    class U(int | str):
        pass
except TypeError as e:
    print("TypeError:", e)
