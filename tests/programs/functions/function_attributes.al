# Function attributes: __doc__, __defaults__, __kwdefaults__,
# __annotations__ (evaluated when the def runs), __dict__, __name__,
# __qualname__, __module__.

def f(a: int, b: str = "x", *args: tuple, c: float = 1.5, d, **kw: dict) -> bool:
    """Doc of f.

    Second paragraph, kept as written.
    """
    return True


print(repr(f.__doc__))
print(f.__name__, f.__qualname__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(list(f.__annotations__))


def plain(x, y):
    return x + y


print(plain.__doc__, plain.__defaults__, plain.__kwdefaults__, plain.__annotations__)
plain.__annotations__["x"] = "later"
print(plain.__annotations__)

# Replacing the defaults changes how calls bind.
def g(a, b=1, c=2):
    return (a, b, c)


print(g(0))
g.__defaults__ = (10, 20)
print(g(0), g.__defaults__)
g.__defaults__ = (5,)
print(g(0, 1))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print("TypeError:", e)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)


def k(*, x=1, y):
    return x, y


print(k(y=2))
k.__kwdefaults__ = {"x": 7, "y": 8}
print(k(), k.__kwdefaults__)
try:
    k.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    k.__annotations__ = []
except TypeError as e:
    print("TypeError:", e)

# Annotations are evaluated when the def runs, after the defaults.
order = []


def note(label):
    order.append(label)
    return label


def h(a: note("ann a") = note("default a"), *, b: note("ann b") = note("default b")) -> note("ret"):
    pass


print(order)
print(h.__annotations__)

try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)


class C:
    """A class."""

    def m(self) -> "C":
        "method doc"

    def n(self):
        pass

    def o(self):
        x = 1
        """not a docstring"""


print(C.m.__doc__, C.n.__doc__, C.o.__doc__, C.m.__qualname__, C.m.__annotations__)
print(C.__doc__, C.__module__, C.__qualname__)

lam = lambda x=2, *, y=3: x
print(lam.__defaults__, lam.__kwdefaults__, lam.__name__, lam.__doc__, lam.__annotations__)


def outer():
    def inner(z: int = 0) -> None:
        "inner doc"
    return inner


i = outer()
print(i.__qualname__, i.__doc__, i.__annotations__, i.__defaults__)
f.tag = 3
print(f.__dict__)
f.__doc__ = "replaced"
print(f.__doc__)
