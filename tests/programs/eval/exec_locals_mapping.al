# exec and eval with a locals mapping that is not a dict.
import collections


class Recorder:
    def __init__(self, base):
        self.data = dict(base)
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


r = Recorder({"a": 1})
exec("b = a + 1\nc = b * 2\ndel b", {}, r)
print(sorted(r.data.items()))
print(r.log)
print(eval("a + c", {}, r))

d = collections.defaultdict(lambda: 7)
print(eval("missing + 1", {}, d))
exec("x = missing * 2", {}, d)
print(d["x"], sorted(d))

od = collections.OrderedDict()
exec("z = 1\ny = 2\nx = 3", {}, od)
print(list(od))

cm = collections.ChainMap({}, {"q": 10})
exec("w = q + 1", {}, cm)
print(cm.maps[0])

try:
    exec("1", {}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", {}, [1])
except TypeError as e:
    print("TypeError", e)
try:
    exec("1", [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", collections.OrderedDict(), None)
    print("ordered dict globals accepted")
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", r)
except TypeError as e:
    print("TypeError", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
try:
    exec(None)
except TypeError as e:
    print("TypeError", e)
try:
    eval()
except TypeError as e:
    print("TypeError", e)
try:
    exec()
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", {}, {}, {})
except TypeError as e:
    print("TypeError", e)
try:
    exec("1", globals=None)
except TypeError as e:
    print("TypeError", e)
