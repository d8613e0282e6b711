# Mappings other than dict as exec/eval locals: a chained lookup, a
# case-insensitive map, a lazy map computing values on demand, and a
# write-protected one.
import collections


class CaseInsensitive(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Lazy:
    def __init__(self):
        self.computed = []

    def __getitem__(self, key):
        if key.startswith("sq"):
            n = int(key[2:])
            self.computed.append(key)
            return n * n
        raise KeyError(key)


class ReadOnly:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        raise TypeError(f"read-only namespace: cannot set {key!r}")


defaults = {"color": "red", "size": 3}
user = {"size": 5}
chain = collections.ChainMap({}, user, defaults)
exec("area = size * size\nlabel = color + '-' + str(size)", {}, chain)
print(chain.maps[0], user, defaults["size"])
print(eval("label.upper()", {}, chain))

ci = CaseInsensitive()
ci["WIDTH"] = 4
exec("Height = 2\narea = width * HEIGHT", {}, ci)
print(sorted(ci.items()))

lazy = Lazy()
print(eval("sq3 + sq4", {}, lazy), lazy.computed)
print(eval("max(sq10, sq2)", {}, lazy), lazy.computed)
try:
    eval("nope", {}, lazy)
except NameError as e:
    print("NameError", e)

ro = ReadOnly({"x": 1})
print(eval("x + 1", {}, ro))
try:
    exec("y = x", {}, ro)
except TypeError as e:
    print("TypeError", e)

od = collections.OrderedDict(z=1)
exec("b = 2\na = 3", {}, od)
print(list(od))
cnt = collections.Counter("hello")
print(eval("l * 10 + h", {}, cnt))
