# Multiple inheritance with the C3 MRO and cooperative super() calls.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

    def who(self):
        return ["Child"] + super().who()


c = Child()
print(c.trail)
print(c.who())
print([k.__name__ for k in Child.__mro__])


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([k.__name__ for k in Z.__mro__])
print(Z.__bases__)


class Mixin:
    greeting = "hi from mixin"

    def greet(self):
        return self.greeting + " to " + self.name


class Named:
    def __init__(self, name):
        self.name = name


class Person(Mixin, Named):
    pass


p = Person("ann")
print(p.greet(), Person.__mro__)
