# super() with no arguments, the two-argument form, super in classmethods
# and __new__.
class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

    def __repr__(self):
        return "A()"


class B(A):
    def hello(self):
        return "B.hello > " + super().hello()

    @classmethod
    def make(cls):
        return "B.make > " + super().make()


class C(B):
    def hello(self):
        return "C.hello > " + super(B, self).hello()

    def explicit(self):
        return super(C, self).hello()


c = C()
print(c.hello())
print(c.explicit())
print(B.make(), C.make())
print(super(C, c).hello())
print(super(B, c).hello())

s = super(C, c)
print(s.hello())


class Single:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance

    def __init__(self, v):
        self.v = v


a = Single(1)
b = Single(2)
print(a is b, a.v, b.v)


class Base:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return f"Base({self.x})"


class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def __str__(self):
        return super().__str__() + f"+{self.y}"


print(Derived(1, 2))
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(C, c).nothing
except AttributeError as e:
    print("AttributeError:", e)
