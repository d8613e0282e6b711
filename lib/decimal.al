"""Decimal fixed- and floating-point arithmetic: `Decimal`, `Context` and
the signals of the General Decimal Arithmetic specification, with the
results, flags, reprs and messages of CPython 3.11's C module.

A finite Decimal is a sign (0 or 1), a coefficient (a Python int, not a
digit string: arithmetic is big-int arithmetic) and an exponent; the
special values keep their kind in `_exp` ('n' quiet NaN, 'N' signalling
NaN, 'F' infinity) and a NaN's payload in `_int`. Every operation computes
its exact result (or enough digits of it, with a sticky digit) and rounds
once in `_finish`, collecting the conditions it met in a bit mask that
`Context._signal` adds to the flags and raises when one is trapped, as
libmpdec does (one exception whose message lists every trapped condition).

The contexts and signals are in `_decimal_context.al`, the arithmetic on
triples in `_decimal_arith.al`, the layout of `format` in
`_decimal_format.al`; this module is the `Decimal` class and the public
names."""

import math as _math
from collections import namedtuple as _namedtuple

_object_new = object.__new__
import _decimal_format as _fmt
from _decimal_context import (
    MAX_PREC,
    MAX_EMAX,
    MIN_EMIN,
    MIN_ETINY,
    HAVE_THREADS,
    HAVE_CONTEXTVAR,
    DecimalException,
    Clamped,
    InvalidOperation,
    ConversionSyntax,
    DivisionByZero,
    DivisionImpossible,
    DivisionUndefined,
    Inexact,
    InvalidContext,
    Rounded,
    Subnormal,
    Overflow,
    Underflow,
    FloatOperation,
    Context,
    DefaultContext,
    BasicContext,
    ExtendedContext,
    getcontext,
    setcontext,
    localcontext,
    _raise_trapped,
    _valid_rounding,
)
import _decimal_arith as _arith
import _decimal_trans as _trans
from _decimal_arith import (
    ROUND_DOWN,
    ROUND_HALF_UP,
    ROUND_HALF_EVEN,
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_UP,
    ROUND_HALF_DOWN,
    ROUND_05UP,
    _CLAMPED,
    _CONV_SYNTAX,
    _DIV_BY_ZERO,
    _DIV_IMPOSSIBLE,
    _DIV_UNDEFINED,
    _INEXACT,
    _INV_CONTEXT,
    _INV_OP,
    _FLOAT_OP,
    _OVERFLOW,
    _ROUNDED,
    _SUBNORMAL,
    _UNDERFLOW,
    _INV_GROUP,
    _INF_F,
    _NAN_F,
    _add,
    _cmp,
    _cmp_total,
    _dec,
    _div,
    _divmod,
    _finish,
    _float_triple,
    _from_tuple,
    _invalid,
    _minmax,
    _mul,
    _nan_result,
    _ndigits,
    _operand,
    _overflow,
    _parse,
    _plus,
    _pow,
    _next,
    _next_toward,
    _logb,
    _scaleb,
    _shift,
    _logical,
    _powmod,
    _pow_approx,
    _pow_int,
    _quiet,
    _remainder_near,
    _rescale,
    _round_digits,
    _round_up,
    _sqrt,
    _to_string,
)

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- Decimal


def _ctx(context):
    # The context an operation runs in: the current one by default.
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _convert_other(other, ctx, op_is_compare=False):
    # The Decimal an operand stands for; None when the operation does not
    # take it (NotImplemented).
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec(1 if other < 0 else 0, abs(other), 0)
    if op_is_compare and isinstance(other, float):
        sign, coeff, exp = _float_triple(other)
        return _dec(sign, coeff, exp)
    return None


def _check_float_op(ctx, other, ordering):
    if isinstance(other, float):
        status = _FLOAT_OP
        ctx._flags |= status
        if ordering and ctx._traps & status:
            _raise_trapped(status)


class Decimal:
    """Floating-point decimal number, exact until an operation rounds it
    to the context."""

    __slots__ = ("_sign", "_int", "_exp")
    __alc_tp_name__ = "decimal.Decimal"

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            t = _parse(value)
            if t is None:
                context = _ctx(context)
                context._signal(_CONV_SYNTAX)
                t = (0, 0, "n")
        elif isinstance(value, int):
            t = (1 if value < 0 else 0, abs(int(value)), 0)
        elif isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            t = (value._sign, value._int, value._exp)
        elif isinstance(value, float):
            context = _ctx(context)
            context._signal(_FLOAT_OP)
            t = _float_triple(value)
        elif isinstance(value, (tuple, list)):
            t = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % (type(value).__name__,))
        self = _object_new(cls)
        self._sign, self._int, self._exp = t
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int) as a Decimal."""
        if isinstance(f, int):
            t = (1 if f < 0 else 0, abs(int(f)), 0)
        elif isinstance(f, float):
            t = _float_triple(f)
        else:
            raise TypeError("argument must be int or float")
        self = _object_new(cls)
        self._sign, self._int, self._exp = t
        return self

    # ------------------------------------------------ queries

    def _is_special(self):
        return self._exp.__class__ is str

    def is_nan(self):
        """Whether self is a quiet or signalling NaN."""
        return self._exp == "n" or self._exp == "N"

    def is_qnan(self):
        """Whether self is a quiet NaN."""
        return self._exp == "n"

    def is_snan(self):
        """Whether self is a signalling NaN."""
        return self._exp == "N"

    def is_infinite(self):
        """Whether self is an infinity."""
        return self._exp == "F"

    def is_finite(self):
        """Whether self is neither an infinity nor a NaN."""
        return self._exp.__class__ is not str

    def is_signed(self):
        """Whether the sign is negative (-0 included)."""
        return self._sign == 1

    def is_zero(self):
        """Whether self is a (signed) zero."""
        return self._exp.__class__ is not str and self._int == 0

    def is_canonical(self):
        """Always True."""
        return True

    def is_normal(self, context=None):
        """Whether self is finite, non-zero and not subnormal."""
        if self._exp.__class__ is str or self._int == 0:
            return False
        context = _ctx(context)
        return self.adjusted() >= context._emin

    def is_subnormal(self, context=None):
        """Whether self is finite, non-zero and below Emin."""
        if self._exp.__class__ is str or self._int == 0:
            return False
        context = _ctx(context)
        return self.adjusted() < context._emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._exp.__class__ is str:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        """(sign, digits, exponent) as a DecimalTuple."""
        if self._exp == "F":
            digits = (0,)
        elif self._exp.__class__ is str and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """The exact value as (numerator, denominator) in lowest terms."""
        if self._exp.__class__ is str:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = self._int
        if self._exp >= 0:
            n *= 10**self._exp
            d = 1
        else:
            d = 10**-self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def canonical(self):
        """self."""
        return self

    def radix(self):
        """Decimal(10)."""
        return Decimal(10)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    # ------------------------------------------------ conversions

    def __str__(self, eng=False, context=None):
        context = _ctx(context)
        return _to_string(self, eng, context._capitals)

    def to_eng_string(self, context=None):
        """The string in engineering notation (exponents multiples of 3)."""
        context = _ctx(context)
        return _to_string(self, True, context._capitals)

    def __repr__(self):
        return "Decimal('%s')" % (_to_string(self, False, getcontext()._capitals),)

    def __float__(self):
        if self._exp.__class__ is str:
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == "n":
                return -_NAN_F if self._sign else _NAN_F
            return -_INF_F if self._sign else _INF_F
        return float(_to_string(self, False, 1))

    def __int__(self):
        if self._exp.__class__ is str:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10**self._exp
        else:
            n = self._int // 10**-self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int_rounded(self, mode):
        if self._exp.__class__ is str:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10**self._exp
        else:
            m = 10**-self._exp
            n, r = divmod(self._int, m)
            if _round_up(mode, self._sign, n, r, m):
                n += 1
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_dec(0, 1, -n))

    def __bool__(self):
        return self._exp.__class__ is str or self._int != 0

    def __hash__(self):
        if self._exp.__class__ is str:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __format__(self, specifier, context=None):
        context = _ctx(context)
        if not isinstance(specifier, str):
            raise TypeError("format spec must be a string")
        spec = _fmt.parse_spec(specifier)
        if self._exp.__class__ is str:
            if spec["zeropad"] and not spec["explicit_align"]:
                spec["fill"] = " "
                spec["align"] = ">"
            body = _to_string(self.copy_abs(), False, 1)
            if spec["type"] == "%":
                body += "%"
            return _fmt.align(_fmt.sign_text(self._sign, spec), body, spec)
        t = spec["type"]
        if t is None or t == "n":
            t = "G" if context._capitals else "g"
            if spec["type"] == "n":
                t = "g"
            spec["type"] = t
        sign = self._sign
        coeff = self._int
        exp = self._exp
        if t == "%":
            exp += 2
        rounding = context._rounding
        precision = spec["precision"]
        if precision is not None:
            if t in "eE":
                coeff, exp = _round_digits(sign, coeff, exp, precision + 1, rounding)
            elif t in "fF%":
                coeff, inexact = _rescale(sign, coeff, exp, -precision, rounding)
                exp = -precision
            elif t in "gG":
                if precision == 0:
                    precision = 1
                if _ndigits(coeff) > precision:
                    coeff, exp = _round_digits(sign, coeff, exp, precision, rounding)
        if coeff == 0 and exp > 0 and t in "fF%":
            exp = 0
        if coeff == 0 and spec["no_neg_0"]:
            sign = 0
        digits = str(coeff)
        leftdigits = exp + len(digits)
        if t in "eE":
            dotplace = 1 - precision if coeff == 0 and precision is not None else 1
        elif t in "fF%":
            dotplace = leftdigits
        elif exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace < 0:
            intpart = "0"
            fracpart = "0" * (-dotplace) + digits
        elif dotplace > len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace] or "0"
            fracpart = digits[dotplace:]
        return _fmt.number(sign, intpart, fracpart, leftdigits - dotplace, spec)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # ------------------------------------------------ comparisons

    def _compare_to(self, other, ordering):
        # -1, 0 or 1; None when either is a NaN (after signalling as the
        # comparison requires); NotImplemented for other types.
        ctx = getcontext()
        if isinstance(other, float):
            _check_float_op(ctx, other, ordering)
        elif _is_fraction(other):
            return self._compare_fraction(other, ordering, ctx)
        o = _convert_other(other, ctx, True)
        if o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            if ordering or self._exp == "N" or o._exp == "N":
                ctx._signal(_INV_OP)
            return None
        return _cmp(self, o)

    def _compare_fraction(self, f, ordering, ctx):
        if self.is_nan():
            if ordering or self._exp == "N":
                ctx._signal(_INV_OP)
            return None
        if self._exp == "F":
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a = n * f.denominator
        b = f.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._compare_to(other, False)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._compare_to(other, False)
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._compare_to(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(self, other):
        c = self._compare_to(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._compare_to(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._compare_to(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    # ------------------------------------------------ arithmetic

    def __add__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(self, o, 0, ctx)

    def __radd__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(o, self, 0, ctx)

    def __sub__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(self, o, 1, ctx)

    def __rsub__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(o, self, 1, ctx)

    def __mul__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _mul(self, o, ctx)

    def __rmul__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _mul(o, self, ctx)

    def __truediv__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _div(self, o, ctx)

    def __rtruediv__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _div(o, self, ctx)

    def __floordiv__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(self, o, ctx, 0)[0]

    def __rfloordiv__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(o, self, ctx, 0)[0]

    def __mod__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(self, o, ctx, 1)[1]

    def __rmod__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(o, self, ctx, 1)[1]

    def __divmod__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(self, o, ctx, 2)

    def __rdivmod__(self, other, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(o, self, ctx, 2)

    def __pow__(self, other, modulo=None, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        if modulo is not None:
            m = _convert_other(modulo, ctx)
            if m is None:
                return NotImplemented
            return _powmod(self, o, m, ctx)
        return _pow(self, o, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        ctx = _ctx(context)
        o = _convert_other(other, ctx)
        if o is None or modulo is not None:
            return NotImplemented
        return _pow(o, self, ctx)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        return _plus(self, 1, ctx)

    def __pos__(self, context=None):
        ctx = _ctx(context)
        return _plus(self, 0, ctx)

    def __abs__(self, round=True, context=None):
        ctx = _ctx(context)
        if not round:
            return self.copy_abs()
        return _plus(self, 2, ctx)

    def copy_abs(self):
        """self with a positive sign, unrounded."""
        return _dec(0, self._int, self._exp)

    def copy_negate(self):
        """self with the opposite sign, unrounded."""
        return _dec(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        """self with the sign of other, unrounded."""
        _ctx(context)
        o = _operand(other)
        return _dec(o._sign, self._int, self._exp)

    # ------------------------------------------------ rounding operations

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = _ctx(context)
        e = _operand(exp)
        rounding = ctx._rounding if rounding is None else _valid_rounding(rounding)
        if self._exp.__class__ is str or e._exp.__class__ is str:
            r = _nan_result(self, e, ctx)
            if r is not None:
                return r
            if self._exp == "F" and e._exp == "F":
                return self
            return _invalid(ctx)
        target = e._exp
        if not ctx.Etiny() <= target <= ctx._emax:
            return _invalid(ctx)
        if self._int == 0:
            res, status = _finish(self._sign, 0, target, ctx, 0)
            ctx._signal(status)
            return res
        if self.adjusted() > ctx._emax:
            return _invalid(ctx)
        if self.adjusted() - target + 1 > ctx._prec:
            return _invalid(ctx)
        coeff, inexact = _rescale(self._sign, self._int, self._exp, target, rounding)
        if coeff and _ndigits(coeff) > ctx._prec:
            return _invalid(ctx)
        status = 0
        if target > self._exp:
            status |= _ROUNDED
            if inexact:
                status |= _INEXACT
        res = _dec(self._sign, coeff, target)
        if coeff and res.adjusted() < ctx._emin:
            status |= _SUBNORMAL
        ctx._signal(status)
        return res

    def same_quantum(self, other, context=None):
        """Whether self and other have the same exponent."""
        _ctx(context)
        o = _operand(other)
        if self._exp.__class__ is str or o._exp.__class__ is str:
            return (self.is_nan() and o.is_nan()) or (self._exp == "F" and o._exp == "F")
        return self._exp == o._exp

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer, without signalling Inexact."""
        ctx = _ctx(context)
        if self._exp.__class__ is str:
            r = _nan_result(self, None, ctx)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        rounding = ctx._rounding if rounding is None else _valid_rounding(rounding)
        coeff, inexact = _rescale(self._sign, self._int, self._exp, 0, rounding)
        return _dec(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signalling Inexact and Rounded."""
        ctx = _ctx(context)
        if self._exp.__class__ is str:
            r = _nan_result(self, None, ctx)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        rounding = ctx._rounding if rounding is None else _valid_rounding(rounding)
        coeff, inexact = _rescale(self._sign, self._int, self._exp, 0, rounding)
        ctx._signal(_ROUNDED | (_INEXACT if inexact else 0))
        return _dec(self._sign, coeff, 0)

    def normalize(self, context=None):
        """self rounded to the context with trailing zeros removed."""
        ctx = _ctx(context)
        if self._exp.__class__ is str:
            r = _nan_result(self, None, ctx)
            return r if r is not None else self
        res, status = _finish(self._sign, self._int, self._exp, ctx, 0)
        if res._exp.__class__ is str:
            ctx._signal(status)
            return res
        if res._int == 0:
            ctx._signal(status)
            return _dec(res._sign, 0, 0)
        coeff = res._int
        exp = res._exp
        exp_max = ctx.Etop() if ctx._clamp else ctx._emax
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        ctx._signal(status)
        return _dec(res._sign, coeff, exp)

    def sqrt(self, context=None):
        """The square root, correctly rounded."""
        ctx = _ctx(context)
        return _sqrt(self, ctx)

    def exp(self, context=None):
        """e ** self, correctly rounded (half-even)."""
        return _trans.dec_exp(self, _ctx(context))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (half-even)."""
        return _trans.dec_ln(self, _ctx(context))

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (half-even)."""
        return _trans.dec_log10(self, _ctx(context))

    def fma(self, other, third, context=None):
        """self * other + third with one rounding."""
        ctx = _ctx(context)
        o = _operand(other)
        t = _operand(third)
        if self._exp.__class__ is str or o._exp.__class__ is str:
            r = _nan_result(self, o, ctx)
            if r is not None:
                return r
            product = _mul(self, o, ctx)
        else:
            product = _dec(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)
        return _add(product, t, 0, ctx)

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal; NaN when either is a NaN."""
        ctx = _ctx(context)
        o = _operand(other)
        r = _nan_result(self, o, ctx)
        if r is not None:
            return r
        return Decimal(_cmp(self, o))

    def compare_signal(self, other, context=None):
        """compare, signalling InvalidOperation for any NaN."""
        ctx = _ctx(context)
        o = _operand(other)
        if self.is_nan() or o.is_nan():
            ctx._signal(_INV_OP)
            return _nan_result(self, o, ctx) or _dec(0, 0, "n")
        return Decimal(_cmp(self, o))

    def compare_total(self, other, context=None):
        """A total order over every Decimal, NaNs and signs included."""
        _ctx(context)
        o = _operand(other)
        return Decimal(_cmp_total(self, o))

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        _ctx(context)
        o = _operand(other)
        return Decimal(_cmp_total(self.copy_abs(), o.copy_abs()))

    def max(self, other, context=None):
        """The larger; a number rather than a quiet NaN."""
        return _minmax(self, other, _ctx(context), 1, False)

    def min(self, other, context=None):
        """The smaller; a number rather than a quiet NaN."""
        return _minmax(self, other, _ctx(context), -1, False)

    def max_mag(self, other, context=None):
        """The one of larger absolute value."""
        return _minmax(self, other, _ctx(context), 1, True)

    def min_mag(self, other, context=None):
        """The one of smaller absolute value."""
        return _minmax(self, other, _ctx(context), -1, True)

    def remainder_near(self, other, context=None):
        """self - n * other for the integer n nearest self / other."""
        ctx = _ctx(context)
        return _remainder_near(self, _operand(other), ctx)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return _next(self, _ctx(context), True)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return _next(self, _ctx(context), False)

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of other."""
        return _next_toward(self, _operand(other), _ctx(context))

    def logb(self, context=None):
        """The adjusted exponent of self as a Decimal."""
        return _logb(self, _ctx(context))

    def scaleb(self, other, context=None):
        """self with other added to its exponent."""
        return _scaleb(self, _operand(other), _ctx(context))

    def shift(self, other, context=None):
        """The coefficient shifted by other digits (within prec digits)."""
        return _shift(self, _operand(other), _ctx(context), False)

    def rotate(self, other, context=None):
        """The coefficient rotated by other digits (as prec digits)."""
        return _shift(self, _operand(other), _ctx(context), True)

    def logical_and(self, other, context=None):
        """Digit-wise and of two logical operands."""
        return _logical(self, _operand(other), _ctx(context), "and")

    def logical_or(self, other, context=None):
        """Digit-wise or of two logical operands."""
        return _logical(self, _operand(other), _ctx(context), "or")

    def logical_xor(self, other, context=None):
        """Digit-wise exclusive or of two logical operands."""
        return _logical(self, _operand(other), _ctx(context), "xor")

    def logical_invert(self, context=None):
        """Digit-wise inversion of a logical operand (as prec digits)."""
        return _logical(self, None, _ctx(context), "invert")

    def number_class(self, context=None):
        """The class of self: '+Normal', '-Zero', 'NaN', '+Infinity', ..."""
        if self._exp == "N":
            return "sNaN"
        if self._exp == "n":
            return "NaN"
        s = "-" if self._sign else "+"
        if self._exp == "F":
            return s + "Infinity"
        if self._int == 0:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"


def _is_fraction(x):
    t = type(x)
    return t.__name__ == "Fraction" and t.__module__ == "fractions"


_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
_NAN_F = float("nan")

_arith.set_class(Decimal)
