# Reflected operators, NotImplemented, and mixing with built-in numbers.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __rsub__(self, other):
        return Money(other - self.cents)


m = Money(150)
print(m + Money(50), m + 5, 5 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(m * 3, 3 * m, 1000 - m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
try:
    m * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    m - 1
except TypeError as e:
    print("TypeError:", e)


class Left:
    def __add__(self, other):
        print("Left.__add__")
        return NotImplemented


class Right:
    def __radd__(self, other):
        print("Right.__radd__")
        return "right wins"


print(Left() + Right())


class Neither:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented


try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)


class Same:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        print("never called for the same type")
        return 1


try:
    Same() + Same()
except TypeError as e:
    print("TypeError:", e)


class Scale:
    def __init__(self, f):
        self.f = f

    def __rmul__(self, other):
        return [x * self.f for x in other]

    def __rtruediv__(self, other):
        return other / self.f


print([1, 2] * Scale(3), 10 / Scale(4), 2.5 / Scale(2))
