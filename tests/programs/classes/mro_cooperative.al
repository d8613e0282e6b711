# Cooperative multiple inheritance: every __init__ calls super().__init__(**kw),
# so each class in the C3 order runs exactly once.
class Base:
    def __init__(self, **kw):
        if kw:
            raise TypeError(f"unexpected options: {sorted(kw)}")
        self.log = ["Base"]

    def describe(self):
        return "base"


class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

    def describe(self):
        return f"named {self.name}, " + super().describe()


class Colored(Base):
    def __init__(self, color="none", **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Colored")

    def describe(self):
        return f"{self.color}, " + super().describe()


class Sized(Base):
    def __init__(self, size=0, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Sized")

    def describe(self):
        return f"size {self.size}, " + super().describe()


class Widget(Named, Colored, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Widget")

    def describe(self):
        return "widget: " + super().describe()


w = Widget(name="btn", color="red", size=3)
print(w.log)
print(w.describe())
print([c.__name__ for c in Widget.__mro__])
print([c.__name__ for c in Widget.mro()])
print(Widget.__bases__ == (Named, Colored, Sized), Named.__base__ is Base, Base.__base__ is object)
try:
    Widget(name="x", weight=5)
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


class E(C, B):
    pass


print(D().who(), E().who())
print(super(B, D()).who(), super(C, D()).who())
print([k.__name__ for k in E.__mro__])
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, (C, int)), isinstance(D(), A), issubclass(E, D))
