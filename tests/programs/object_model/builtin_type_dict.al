# Built-in types' __dict__: a mappingproxy of the type's descriptors.
print(type(int.__dict__).__name__)
print(int.__dict__["__add__"])
print(int.__dict__["__add__"] is int.__add__)
print(int.__dict__["real"], int.__dict__["bit_length"])
print(list.__dict__["append"], "append" in list.__dict__, "foo" in list.__dict__)
print(dict.__dict__["fromkeys"])
print(object.__dict__["__class__"], object.__dict__["__init__"])
print(list.__dict__["__hash__"], dict.__dict__["__hash__"])
print(sorted(list.__dict__) == sorted(set(list.__dict__)))
print(sorted(k for k in list.__dict__ if not k.startswith("__")))
print(sorted(k for k in str.__dict__ if k.startswith("is")))
print(sorted(k for k in int.__dict__ if not k.startswith("__")))
print(sorted(k for k in object.__dict__ if k in ("__init__", "__repr__", "__eq__", "__doc__")))
print(list.__dict__["__doc__"] is None or isinstance(list.__dict__["__doc__"], str))
print(int.__dict__ == int.__dict__, type(bool.__dict__).__name__)
print("__add__" in bool.__dict__, "__and__" in bool.__dict__, "__repr__" in bool.__dict__)
print(type.__dict__["__name__"], type.__dict__["mro"])
print(range.__dict__["start"], slice.__dict__["indices"])
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
print(ValueError.__dict__["__init__"], "args" in BaseException.__dict__)
print(vars(int) == int.__dict__)
print(sorted(set(dir(list)) - set(list.__dict__) - set(object.__dict__)))
