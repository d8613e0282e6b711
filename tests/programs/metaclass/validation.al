# A metaclass that validates class bodies and adds methods.
class Interface(type):
    def __new__(mcls, name, bases, ns, required=()):
        cls = super().__new__(mcls, name, bases, ns)
        missing = [m for m in required if not callable(getattr(cls, m, None))]
        if missing and not ns.get("partial"):
            raise TypeError(name + " is missing " + ", ".join(missing))
        return cls

    def __init__(cls, name, bases, ns, required=()):
        super().__init__(name, bases, ns)
        cls.required = tuple(required)


class Shape(metaclass=Interface, required=("area", "perimeter")):
    partial = True


class Square(Shape, required=("area", "perimeter")):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


print(Square(3).area(), Square(3).perimeter(), Square.required)
try:
    class Circle(Shape, required=("area", "perimeter")):
        def area(self):
            return 3
except TypeError as e:
    print(type(e).__name__, e)


class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get("fields", ())

        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(name + " takes " + str(len(fields)) + " arguments")
            for f, a in zip(fields, args):
                setattr(self, f, a)

        def __repr__(self):
            inner = ", ".join(f + "=" + repr(getattr(self, f)) for f in fields)
            return name + "(" + inner + ")"

        ns["__init__"] = __init__
        ns["__repr__"] = __repr__
        return super().__new__(mcls, name, bases, ns)


class Pt(metaclass=AutoRepr):
    fields = ("x", "y")


print(Pt(1, 2), repr(Pt("a", [3])))
try:
    Pt(1)
except TypeError as e:
    print(type(e).__name__, e)
