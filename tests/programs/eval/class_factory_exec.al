# Classes built by exec'd source: inheritance from the caller's classes,
# super(), properties, class attributes, __init_subclass__, metaclasses,
# and class-level code with separate locals.


class Base:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)

    def describe(self):
        return f"{type(self).__name__}:{self.value()}"

    def value(self):
        return 0


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)


def make_class(name, val, extra=""):
    src = f"""
class {name}(Base):
    factor = {val}
    def value(self):
        return self.factor * 2 + super().value()
    @property
    def doubled(self):
        return self.value() * 2
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def kind():
        return {name!r}
{extra}
"""
    ns = {"Base": Base}
    exec(src, ns)
    return ns[name]


A = make_class("Alpha", 3)
B = make_class("Beta", 5, "    def describe(self):\n        return 'beta ' + super().describe()")
print(A().describe(), B.make().describe(), A().doubled, B.kind())
print(Base.registry, A.__qualname__, A.__mro__[1].__name__)
print(issubclass(B, Base), isinstance(A.make(), Base))

exec("class Tagged(metaclass=Meta):\n    pass", globals())
print(Tagged.tag, type(Tagged).__name__)

loc = {}
exec("""
class Config:
    items = [1, 2, 3]
    total = sum(items)
    names = [str(i) for i in range(3)]
""", {}, loc)
print(loc["Config"].total, loc["Config"].names)

C = type("C", (Base,), {"value": lambda self: 42})
print(C().describe(), Base.registry[-1])
