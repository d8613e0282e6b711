# types.MappingProxyType: a read-only view of any mapping.
import collections
import types

MP = types.MappingProxyType
print(MP, MP.__name__, MP.__module__, MP is type(type.__dict__))
src = {"a": 1, "b": 2}
m = MP(src)
print(m, len(m), m["a"], "b" in m, list(m), list(reversed(m)))
src["c"] = 3
print(m, m.keys(), m.values(), m.items())
print(m.get("a"), m.get("z"), m.get("z", 0))
c = m.copy()
c["d"] = 4
print(c, m)
print(m == src, m == {"a": 1}, m != src, MP({}) == {})
print(m | {"z": 26}, {"z": 26} | m, m | MP({"y": 25}))
try:
    m | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 | m
except TypeError as e:
    print("TypeError:", e)
try:
    m["a"] = 5
except TypeError as e:
    print("TypeError:", e)
for k in ["a", 0]:
    try:
        del m[k]
    except TypeError as e:
        print("TypeError:", e)
try:
    m |= {}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    m < m
except TypeError as e:
    print("TypeError:", e)
print(m.__eq__(src), m.__ne__(src), m.__or__({"q": 0}))
try:
    m.get()
except TypeError as e:
    print("TypeError:", e)
try:
    m.keys(1)
except TypeError as e:
    print("TypeError:", e)

for bad in [[1], (1,), {1}, 5, None, int, collections.deque()]:
    try:
        MP(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    MP()
except TypeError as e:
    print("TypeError:", e)
print(MP(mapping={"k": "v"}), MP("abc")[1], MP(range(5))[2], MP(b"xy")[0])


class Mapping(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        return self.data[k]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __repr__(self):
        return f"Mapping({self.data!r})"


um = MP(Mapping({"x": 1}))
print(um, um["x"], list(um), um.get("x"), um.get("y", "default"), dict(um))
cm = MP(collections.ChainMap({"a": 1}, {"b": 2}))
print(cm["b"], sorted(cm), cm, len(cm))


class OnlyGetitem:
    def __getitem__(self, k):
        return k * 2


og = MP(OnlyGetitem())
print(og[21])
try:
    len(og)
except TypeError as e:
    print("TypeError:", e)

print(MP[int], isinstance(m, collections.abc.Mapping), issubclass(MP, collections.abc.Mapping))
match m:
    case {"a": 1, **rest}:
        print("matched", rest)
print(sorted(k for k in dir(m) if not k.startswith("__")))


def f(**kw):
    return kw


print(f(**m), dict(m), {**m})
try:
    class Sub(MP):
        pass
except TypeError as e:
    print("TypeError:", e)
print(str(m), format(m), bool(MP({})), bool(m))
