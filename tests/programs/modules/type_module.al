# type(name, bases, ns) takes __module__ from the module that calls it.
import typemod_helper
ns = {"a": 1}
C = type("C", (), ns)
print(C.__module__, "__module__" in ns, typemod_helper.Made.__module__, typemod_helper.make("D").__module__)
E = type("E", (), {"__module__": "custom"})
print(E.__module__, repr(E), repr(typemod_helper.Made))
t = type
F = t("F", (), {})
print(F.__module__)
def inner():
    return type("G", (C,), {"y": 2})
G = inner()
print(G.__module__, G.__mro__[1].__name__, G.y, G.a)
try:
    type("H", 5, {})
except TypeError as e:
    print(e)
print(type(3), type("x", (), {}).__qualname__)
