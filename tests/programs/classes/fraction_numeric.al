# A Fraction type that interoperates with int and float: reflected
# operators, NotImplemented for unknown types, hashing equal to ints,
# and conversions through __int__/__float__/__bool__/__round__/__abs__.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @classmethod
    def _of(cls, x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return cls(x)
        return None

    def __add__(self, o):
        if isinstance(o, float):
            return float(self) + o
        o = self._of(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + -o

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        if isinstance(o, float):
            return float(self) * o
        o = self._of(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._of(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        o = self._of(o)
        if o is None:
            return NotImplemented
        return o / self

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n < 0:
            return Fraction(self.den**-n, self.num**-n)
        return Fraction(self.num**n, self.den**n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._of(o)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        if isinstance(o, float):
            return float(self) < o
        o = self._of(o)
        return NotImplemented if o is None else self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.num / self.den)
        return round(self.num / self.den, ndigits)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


h, t = Fraction(1, 2), Fraction(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, h**2, t**-2, -h, abs(Fraction(-3, 4)))
print(h + 0.25, 0.5 * h, h == 0.5, h < 1, 1 > h, h <= Fraction(2, 4), t > h, 0 < t)
print(sum([h, t, Fraction(1, 6)]), sum([Fraction(1, n) for n in range(1, 5)]), str(Fraction(4, 2)))
print(hash(Fraction(3)) == hash(3), {Fraction(2): "two"}[2], {2: "int"}[Fraction(4, 2)], Fraction(3) in {3, 4})
print(float(t), int(Fraction(7, 2)), bool(Fraction(0)), round(Fraction(7, 2)), round(t, 3), sorted([h, t, Fraction(-1, 5), 0]))
print(max(h, t), min([h, t, 0.1]), Fraction(6, -4), f"{h}", f"{h!r}", [h], "%s|%r" % (t, t))
x = Fraction(1)
for n in range(2, 6):
    x *= Fraction(n, n + 1)
    x += 1
print(x, x.num, x.den)
for bad in [lambda: h + "1", lambda: "1" * h, lambda: h ** 0.5, lambda: h < "x", lambda: Fraction(1, 0), lambda: h / 0]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
