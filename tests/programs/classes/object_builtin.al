# object(): a featureless instance; object's default methods.
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object))
print(o == o, o == object(), o != object(), hash(o) == hash(o))
print(repr(o).startswith("<object object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
sentinel = object()
d = {sentinel: "s"}
print(d[sentinel], sentinel in d, object() in d)


class Plain:
    pass


p = Plain()
print(p.__class__.__name__, Plain.__bases__, Plain.__mro__)
print(object.__name__, object.__bases__, issubclass(Plain, object))
print(p.__eq__(p), p.__eq__(Plain()), p.__ne__(p))
print(p.__str__() == repr(p), p.__hash__() == hash(p))
print(p.__format__("") == str(p), format(p, "") == str(p))
try:
    object.__setattr__(p, "x", 5)
    print(p.x)
    object.__init__(p)
    print("init ok")
    object.__init__(p, 1)
except TypeError as e:
    print("TypeError:", e)
print(Plain.__init__ is object.__init__, Plain.__str__ is object.__str__)
