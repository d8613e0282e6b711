# A mappingproxy reads through to whatever mapping it wraps.
import collections
import types

dd = collections.defaultdict(list)
p = types.MappingProxyType(dd)
print(p["missing"], dict(dd), "missing" in p)
od = collections.OrderedDict(a=1, b=2)
po = types.MappingProxyType(od)
od.move_to_end("a")
print(list(po), po.copy(), type(po.copy()).__name__)
c = collections.Counter("hello")
pc = types.MappingProxyType(c)
print(pc["l"], pc["z"], pc.get("z"), sorted(pc.items()))
nested = types.MappingProxyType(types.MappingProxyType({"k": 1}))
print(nested, nested["k"], len(nested))
d = {"a": 1}
pd = types.MappingProxyType(d)
try:
    for k in pd:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(pd == {"a": 1, "newa": 1}, pd != d, {"a": 1, "newa": 1} == pd)
keys = pd.keys()
d["late"] = 2
print(keys, list(pd.values()), list(pd.items())[-1])


class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        print("get", k, default)
        return super().get(k, default)

    def keys(self):
        print("keys")
        return super().keys()


pl = types.MappingProxyType(Loud(x=1))
print(pl["x"])
print(pl.get("x"), pl.get("y"))
print(pl.keys())
print(dict(pl))
print(sorted(types.MappingProxyType({3: "c", 1: "a"})))
print(list(reversed(types.MappingProxyType({1: 1, 2: 2, 3: 3}))))
try:
    reversed(types.MappingProxyType(collections.UserDict({1: 2})))
except TypeError as e:
    print("TypeError:", e)
