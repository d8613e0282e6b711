"""Rational numbers: `Fraction`, exact over Python ints, with CPython
3.11's constructors, mixed arithmetic, comparisons, hashes, reprs and
messages.

alc has no `numbers` module, so "a Rational instance" is an `int` (`bool`
included) or a `Fraction`, "a Real" a `float`, "a Complex" a `complex`;
a `decimal.Decimal` converts exactly, as CPython's does.
Results of arithmetic are built by `_make`, which skips the argument checks
of `__new__` (the operands are already normalised ints); a loop of
additions stays a few big-int operations per step."""

import math

_gcd = math.gcd
_object_new = object.__new__

# CPython's numeric hash works modulo this prime (sys.hash_info.modulus);
# a denominator that is a multiple of it hashes as infinity does.
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _make(num, den):
    # A Fraction from a numerator and a positive denominator in lowest terms.
    res = _object_new(Fraction)
    res._numerator = num
    res._denominator = den
    return res


def _make_norm(num, den):
    # A Fraction from any numerator and a non-zero denominator.
    g = _gcd(num, den)
    if den < 0:
        g = -g
    res = _object_new(Fraction)
    res._numerator = num // g
    res._denominator = den // g
    return res


def _digits(s, i, n):
    # The end of a run of decimal digits with single underscores between
    # digits (`1_000`) starting at i, or i when none starts there.
    if i >= n or not s[i].isdecimal():
        return i
    i += 1
    while i < n:
        c = s[i]
        if c.isdecimal():
            i += 1
        elif c == "_" and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _tail(s, i, n):
    # Where an optional exponent (`e-5`) ends if only whitespace follows it,
    # with the exponent's text; (-1, None) when something else follows.
    exp = None
    if i < n and (s[i] == "e" or s[i] == "E"):
        j = i + 1
        if j < n and (s[j] == "+" or s[j] == "-"):
            j += 1
        k = _digits(s, j, n)
        if k == j:
            return -1, None
        exp = s[i + 1:k]
        i = k
    while i < n and s[i].isspace():
        i += 1
    if i != n:
        return -1, None
    return i, exp


def _parse(s):
    # The (numerator, denominator) a string spells, as CPython's grammar
    # reads it (`[sign] num [/ den]` or `[sign] num [.frac] [e exp]` with
    # whitespace around); None when it does not match.
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    neg = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        neg = s[i] == "-"
        i += 1
    if i >= n:
        return None
    if not (s[i].isdecimal() or (s[i] == "." and i + 1 < n and s[i + 1].isdecimal())):
        return None
    j = _digits(s, i, n)
    num = int(s[i:j]) if j > i else 0
    den = 1
    if j < n and s[j] == "/":
        k = _digits(s, j + 1, n)
        if k == j + 1:
            return None
        end, exp = _tail(s, k, n)
        if end < 0 or exp is not None:
            return None
        den = int(s[j + 1:k])
    else:
        frac = ""
        if j < n and s[j] == ".":
            # CPython's grammar first tries a run of the letter d here (a
            # quirk of its pattern), then digits.
            k = j + 1
            while k < n and (s[k] == "d" or s[k] == "D"):
                k += 1
            end, exp = _tail(s, k, n)
            if end >= 0:
                frac = s[j + 1:k]
            else:
                k = _digits(s, j + 1, n)
                if k == j + 1:
                    return None
                end, exp = _tail(s, k, n)
                if end < 0:
                    return None
                frac = s[j + 1:k]
        else:
            end, exp = _tail(s, j, n)
            if end < 0:
                return None
        if frac:
            frac = frac.replace("_", "")
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den *= scale
        if exp is not None:
            e = int(exp)
            if e >= 0:
                num *= 10 ** e
            else:
                den *= 10 ** -e
    if neg:
        num = -num
    return num, den


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = _object_new(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % (numerator,))
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (numerator,))
        g = _gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(
                "%s.from_float() only takes floats, not %r (%s)"
                % (cls.__name__, f, type(f).__name__)
            )
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)"
                % (cls.__name__, dec, type(dec).__name__)
            )
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # The convergents p/q of the continued fraction of self, until the
        # next denominator would be too big; then the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: an int or Fraction operand gives an exact Fraction, a
    # float or complex one converts self and gives a float or complex.

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return _add(a, b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, (int, Fraction)):
            return _add(a, b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return _add(a, -b)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, (int, Fraction)):
            return _add(a, -b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return _mul(a, b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, (int, Fraction)):
            return _mul(a, b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return _div(a, b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, (int, Fraction)):
            return _div(a, b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return _floordiv(a, b)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, (int, Fraction)):
            return _floordiv(a, b)
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            return _mod(a, b)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, (int, Fraction)):
            return _mod(a, b)
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return _divmod(a, b)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, (int, Fraction)):
            return _divmod(a, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _make(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power,))
                if a._numerator > 0:
                    return _make(a._denominator ** -power, a._numerator ** -power)
                return _make((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Rounds half to even; with ndigits, to a Fraction."""
        if ndigits is None:
            den = self._denominator
            floor, remainder = divmod(self._numerator, den)
            if remainder * 2 < den:
                return floor
            if remainder * 2 > den:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(a._numerator / a._denominator)

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __hash__(self):
        # hash(n/d) is n times the inverse of d modulo the prime, as for
        # ints and floats, so equal numbers of any type hash alike.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            res = _HASH_INF
        else:
            res = hash(hash(abs(self._numerator)) * dinv)
        if self._numerator < 0:
            res = -res
        return -2 if res == -1 else res

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def __lt__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator * b.denominator < a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 < b
            return a < a.from_float(b)
        return NotImplemented

    def __gt__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator * b.denominator > a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 > b
            return a > a.from_float(b)
        return NotImplemented

    def __le__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator * b.denominator <= a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 <= b
            return a <= a.from_float(b)
        return NotImplemented

    def __ge__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._numerator * b.denominator >= a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 >= b
            return a >= a.from_float(b)
        return NotImplemented

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _is_decimal(x):
    # Whether x is a decimal.Decimal, without importing decimal (which a
    # program using fractions alone does not need).
    for t in type(x).__mro__:
        if t.__name__ == "Decimal" and t.__module__ == "decimal":
            return True
    return False


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _add(a, b):
    na = a.numerator
    da = a.denominator
    nb = b.numerator
    db = b.denominator
    if da == 1 and db == 1:
        return _make(na + nb, 1)
    g = _gcd(da, db)
    if g == 1:
        return _make(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _gcd(t, g)
    if g2 == 1:
        return _make(t, s * db)
    return _make(t // g2, s * (db // g2))


def _mul(a, b):
    na = a.numerator
    da = a.denominator
    nb = b.numerator
    db = b.denominator
    g1 = _gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _make(na * nb, db * da)


def _div(a, b):
    nb = b.numerator
    if nb == 0:
        # CPython reduces before it checks: the message has the sign alone.
        n = a.numerator
        raise ZeroDivisionError("Fraction(%s, 0)" % ((n > 0) - (n < 0),))
    return _make_norm(a.numerator * b.denominator, a.denominator * nb)


def _floordiv(a, b):
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _mod(a, b):
    da = a.denominator
    db = b.denominator
    return _make_norm((a.numerator * db) % (b.numerator * da), da * db)


def _divmod(a, b):
    da = a.denominator
    db = b.denominator
    div, n_mod = divmod(a.numerator * db, da * b.numerator)
    return div, _make_norm(n_mod, da * db)
