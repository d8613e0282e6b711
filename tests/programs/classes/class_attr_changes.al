# Changing a class after creation: attributes, methods and special methods.
class Config:
    level = 1

    def show(self):
        return f"level {self.level}"


a, b = Config(), Config()
b.level = 5
print(a.show(), b.show())
Config.level = 2
print(a.show(), b.show(), Config.level)
del b.level
print(b.show())


def shout(self):
    return self.show().upper()


Config.shout = shout
print(a.shout())
Config.show = lambda self: "patched"
print(a.shout(), b.show())


class Child(Config):
    pass


c = Child()
print(c.show(), c.level)
Config.level = 3
print(c.level)
Child.level = 4
print(c.level, Config.level, a.level)
del Child.level
print(c.level)


class Num:
    def __init__(self, v):
        self.v = v


try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
Num.__add__ = lambda self, o: Num(self.v + o.v)
Num.__repr__ = lambda self: f"Num({self.v})"
print(Num(1) + Num(2), [Num(3)])


class SubNum(Num):
    pass


print(SubNum(4) + SubNum(5))
Num.__len__ = lambda self: self.v
print(len(SubNum(7)), bool(SubNum(0)))
del Num.__len__
try:
    len(SubNum(7))
except TypeError as e:
    print("TypeError:", e)
Num.__eq__ = lambda self, o: self.v == o.v
print(Num(1) == Num(1), SubNum(2) == Num(2))
Num.__hash__ = lambda self: hash(self.v)
print(len({Num(1), Num(1), SubNum(1)}))


class Counter:
    instances = []

    def __init__(self):
        self.instances.append(self)
        type(self).total = len(self.instances)


Counter()
Counter()
print(Counter.total, len(Counter.instances))
