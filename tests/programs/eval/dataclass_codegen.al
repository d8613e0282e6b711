# Generating __init__, __repr__, __eq__ and ordering methods from source
# text, the way dataclasses builds classes.


def _make_fn(name, args, body, globs):
    txt = f"def {name}({', '.join(args)}):\n"
    txt += "\n".join("    " + line for line in body) or "    pass"
    ns = {}
    exec(txt, globs, ns)
    return ns[name]


_MISSING = object()


def dataclass(cls=None, *, order=False):
    def wrap(cls):
        annotations = cls.__dict__.get("__annotations__", {})
        fields = list(annotations)
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        globs = {"_defaults": defaults}
        args = ["self"]
        for f in fields:
            args.append(f"{f}=_defaults[{f!r}]" if f in defaults else f)
        body = [f"self.{f} = {f}" for f in fields]
        cls.__init__ = _make_fn("__init__", args, body, globs)
        parts = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
        cls.__repr__ = _make_fn(
            "__repr__", ["self"],
            [f"return f'{{type(self).__qualname__}}({parts})'"], globs)
        tup = "(" + "".join(f"self.{f}," for f in fields) + ")"
        otup = "(" + "".join(f"other.{f}," for f in fields) + ")"
        cls.__eq__ = _make_fn(
            "__eq__", ["self", "other"],
            ["if other.__class__ is self.__class__:",
             f"    return {tup} == {otup}",
             "return NotImplemented"], globs)
        if order:
            for name, op in [("__lt__", "<"), ("__le__", "<="),
                             ("__gt__", ">"), ("__ge__", ">=")]:
                setattr(cls, name, _make_fn(
                    name, ["self", "other"],
                    ["if other.__class__ is self.__class__:",
                     f"    return {tup} {op} {otup}",
                     "return NotImplemented"], globs))
        cls.__hash__ = None
        return cls
    return wrap if cls is None else wrap(cls)


@dataclass
class Item:
    name: str
    price: float = 1.5
    qty: int = 1


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


a = Item("pen")
b = Item("pen", 1.5, 1)
c = Item("book", price=12.0, qty=3)
print(a, c)
print(a == b, a == c, a != c, a == "pen")
print(Item.__init__.__name__, Item.__repr__.__name__)
vs = [Version(1, 2), Version(1), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(2))
try:
    Version(1) < a
except TypeError as e:
    print("TypeError", e)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
print(Item.__hash__)
