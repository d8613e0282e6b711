# Functions have CPython's attribute table: getsets before the function's
# own __dict__, __get__ binding methods, __call__.
import types


def greet(name, punct="!"):
    """Says hello."""
    return "hello " + name + punct


print(greet.__name__, greet.__qualname__, greet.__module__, greet.__doc__, greet.__defaults__)
print(type(greet).__name__, type(greet).__dict__["__name__"], type(greet).__dict__["__call__"])
print(sorted(n for n in dir(greet) if n in ("__name__", "__get__", "__call__", "__defaults__", "__dict__", "__kwdefaults__", "__annotations__", "__qualname__", "__module__", "__repr__")))
greet.__dict__["__defaults__"] = ("?",)
print(greet("x"), greet.__defaults__, greet.__dict__)
greet.__dict__.clear()


class Box:
    pass


b = Box()
m = greet.__get__(b)
print(type(m) is types.MethodType, m.__self__ is b, m.__func__ is greet)
print(greet.__get__(None, Box) is greet)
Box.hello = greet
try:
    b.hello()
except TypeError as e:
    print("TypeError:", e)
print(greet.__call__("y"), type(greet).__call__(greet, "z", "."))
greet.__kwdefaults__ = {"x": 1}
print(greet.__kwdefaults__)
greet.__kwdefaults__ = None
print(greet.__kwdefaults__)
try:
    greet.__kwdefaults__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    greet.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
greet.__annotations__ = {"name": str}
print(greet.__annotations__)
del greet.__annotations__
print(greet.__annotations__)
greet.__module__ = "elsewhere"
print(greet.__module__)
del greet.__module__
print(greet.__module__)
try:
    del greet.__name__
except TypeError as e:
    print("TypeError:", e)
greet.custom = [1]
print(greet.custom, "custom" in dir(greet), vars(greet))
del greet.custom
try:
    del greet.custom
except AttributeError as e:
    print("AttributeError:", e)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, type(lam).__dict__["__qualname__"].__get__(lam))
print(repr(type(greet).__repr__(greet)).startswith("'<function greet"))
try:
    type(greet).__dict__["__name__"].__get__(1)
except TypeError as e:
    print("TypeError:", e)


def h():
    return 1


# A function's own attribute shadows its type's method (not a data descriptor).
h.__repr__ = lambda: "mine"
print(h.__repr__(), getattr(h, "__repr__")(), h.__call__())
del h.__repr__
print(h.__repr__().startswith("<function h"))
