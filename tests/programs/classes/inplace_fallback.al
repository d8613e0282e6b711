# Augmented assignment: __iadd__ when defined (mutating), else __add__,
# else the right operand's __radd__; NotImplemented from __iadd__ falls back.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("  Bag.__iadd__")
        if not isinstance(other, (list, Bag)):
            return NotImplemented
        self.items.extend(other.items if isinstance(other, Bag) else other)
        return self

    def __add__(self, other):
        print("  Bag.__add__")
        if isinstance(other, int):
            return Bag(self.items + [other])
        return NotImplemented

    def __repr__(self):
        return f"Bag({self.items})"


class Frozen:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.n + other)

    def __mul__(self, other):
        return Frozen(self.n * other)

    def __repr__(self):
        return f"Frozen({self.n})"


class Tally:
    def __init__(self):
        self.count = 0

    def __radd__(self, other):
        print("  Tally.__radd__")
        return other + 100


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias is b)
b += 4
print(b, alias is b, alias)
b += Bag([5])
print(b)
f = Frozen(1)
g = f
f += 2
f *= 3
print(f, g, f is g)
n = 5
n += Tally()
print(n)
xs = [1]
ys = xs
xs += (2, 3)
print(xs, ys is xs)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
try:
    b += "str"
except TypeError as e:
    print("TypeError:", e)
try:
    f -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    n = Tally()
    n += 1
except TypeError as e:
    print("TypeError:", e)
