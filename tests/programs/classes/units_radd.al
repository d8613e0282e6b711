# A units-of-measure quantity: mixing units converts, unrelated types return
# NotImplemented so Python tries the reflected method or raises TypeError.
class Quantity:
    factors = {"m": 1.0, "cm": 0.01, "km": 1000.0, "mm": 0.001}

    def __init__(self, value, unit="m"):
        if unit not in self.factors:
            raise ValueError(f"unknown unit {unit!r}")
        self.value = value
        self.unit = unit

    def to(self, unit):
        return Quantity(self.value * self.factors[self.unit] / self.factors[unit], unit)

    def __repr__(self):
        return f"{self.value:g} {self.unit}"

    def __add__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value + other.to(self.unit).value, self.unit)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ with", type(other).__name__)
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, Quantity):
            return Quantity(self.value - other.to(self.unit).value, self.unit)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)) and not isinstance(k, bool):
            return Quantity(self.value * k, self.unit)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return abs(self.to("m").value - other.to("m").value) < 1e-9

    def __lt__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return self.to("m").value < other.to("m").value

    def __le__(self, other):
        return self == other or self < other

    __hash__ = None


a = Quantity(1.5, "km")
b = Quantity(250, "m")
print(a + b, b + a, a - b, 2 * b, b * 3)
print(sum([Quantity(10, "cm"), Quantity(5, "mm"), Quantity(1, "cm")]))
print(a == Quantity(1500), a != b, b < a, a <= a, a > b, b >= a)
print(sorted([a, b, Quantity(3, "mm")]), max(a, b))
print(a == 1500, 0 + a)
for bad in [lambda: a + "x", lambda: "x" + a, lambda: a * True, lambda: a * a,
            lambda: a < 3, lambda: a - 1, lambda: {a}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    Quantity(3, "ft")
except ValueError as e:
    print("ValueError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "Money.__radd__"

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


class Euro(Money):
    def __radd__(self, other):
        return "Euro.__radd__ first"


print(Money(5) + Euro(1), 1 + Money(3))
print(Money(5) + Money(6))
