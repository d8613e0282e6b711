import re, copy
a = re.compile("a+")
b = re.compile("a" + "+")
print(a == b, a != b, a == re.compile("a+", re.I), a == "a+")
print(hash(a) == hash(b))
d = {a: 1}
print(d[b])
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.match("aa")
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.compile(b"a") == re.compile("a"))
