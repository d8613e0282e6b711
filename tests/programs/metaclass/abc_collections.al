# collections.abc keeps working with ABCMeta as a real metaclass:
# mixins, registration, structural checks, and subclasses with their own
# metaclass deriving from ABCMeta.
from collections.abc import Sequence, Mapping, MutableMapping, Iterable, Sized, Hashable
from abc import ABCMeta


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(3, 1, 2)
print(type(Seq).__name__, list(s), s.index(2), s.count(1), 2 in s, list(reversed(s)))
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance([], Sequence), isinstance({}, Sequence))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))


class Store(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


st = Store()
st.update(a=1, b=2)
st.setdefault("c", 3)
print(dict(st.items()), st.pop("a"), list(st), st.get("z", 0), isinstance(st, Mapping))
match st:
    case {"b": v}:
        print("mapping pattern", v)


class Sizer:
    def __len__(self):
        return 0


print(isinstance(Sizer(), Sized), issubclass(Sizer, Iterable))


class TracingMeta(ABCMeta):
    def __instancecheck__(cls, inst):
        result = super().__instancecheck__(inst)
        print("instancecheck", cls.__name__, type(inst).__name__, result)
        return result


class Traced(Sized, metaclass=TracingMeta):
    pass


print(isinstance(Sizer(), Traced), isinstance([], Traced), type(Traced).__name__)
Traced.register(tuple)
print(isinstance((), Traced), issubclass(tuple, Traced))
try:
    Seq.missing_attr
except AttributeError as e:
    print(type(e).__name__, e)
