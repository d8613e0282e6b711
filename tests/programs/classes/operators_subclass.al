# A subclass's reflected method runs first when it overrides the base's.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print(f"{type(self).__name__}.__add__")
        return "base add"

    def __radd__(self, other):
        print(f"{type(self).__name__}.__radd__ (Base)")
        return "base radd"

    def __lt__(self, other):
        print(f"{type(self).__name__}.__lt__")
        return True

    def __gt__(self, other):
        print(f"{type(self).__name__}.__gt__")
        return False

    def __eq__(self, other):
        print(f"{type(self).__name__}.__eq__")
        return self.v == other.v


class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived radd"


class Plain(Base):
    pass


b, d, p = Base(1), Derived(1), Plain(1)
print(b + d)
print(d + b)
print(b + p)
print(b < d)
print(d < b)
print(b < p)
print(b == d, d == b)


class Meters(int):
    def __radd__(self, other):
        return "Meters.__radd__ first"


print(5 + Meters(3), Meters(3) + 5)


class Ordered:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k


class MoreOrdered(Ordered):
    def __gt__(self, other):
        print("MoreOrdered.__gt__")
        return self.k > other.k


print(Ordered(1) < MoreOrdered(2))
