import types

m = types.ModuleType("mymod")
print(m, m.__name__, m.__doc__)
m.x = 5
print(m.x, sorted(k for k in vars(m) if not k.startswith("__")))
m2 = types.ModuleType("other", "the doc")
print(m2.__doc__)
print(isinstance(m, types.ModuleType))
print(sorted(vars(m)))
try:
    m.nothing
except AttributeError as e:
    print(e)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
del m.x
print(hasattr(m, "x"))
print(repr(types.ModuleType("a.b")))
