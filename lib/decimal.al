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

Formatting (`__format__`) and the remaining operations live in
`_decimal_ops.al`, which this module imports at its end."""

import math as _math
import _decimal_format as _fmt
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- signals


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits, in libmpdec's order (the order Context's repr lists them).
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_INEXACT = 64
_INV_CONTEXT = 128
_INV_OP = 256
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_INV_GROUP = _CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _INV_CONTEXT | _INV_OP

# The signals with their bits, in the order of the C module's flag and
# trap dictionaries (and of the exception chosen when several trap).
_SIGNALS = (
    (InvalidOperation, _INV_GROUP), (FloatOperation, _FLOAT_OP),
    (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL), (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
_CONDITIONS = (
    (InvalidOperation, _INV_OP), (ConversionSyntax, _CONV_SYNTAX),
    (DivisionImpossible, _DIV_IMPOSSIBLE), (DivisionUndefined, _DIV_UNDEFINED),
    (InvalidContext, _INV_CONTEXT),
)
_REPR_ORDER = (
    ("Clamped", _CLAMPED), ("InvalidOperation", _INV_GROUP), ("DivisionByZero", _DIV_BY_ZERO),
    ("Inexact", _INEXACT), ("FloatOperation", _FLOAT_OP), ("Overflow", _OVERFLOW),
    ("Rounded", _ROUNDED), ("Subnormal", _SUBNORMAL), ("Underflow", _UNDERFLOW),
)
_SIGNAL_BITS = {}
for _s, _b in _SIGNALS:
    _SIGNAL_BITS[_s] = _b


def _bits_of(sig):
    try:
        return _SIGNAL_BITS[sig]
    except (KeyError, TypeError):
        raise KeyError("invalid signal dict") from None


class _SignalDict:
    # The flags or traps of a Context: a mapping from signal to bool over a
    # bit mask the Context owns.

    __slots__ = ("_ctx", "_traps")

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _mask(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def __getitem__(self, sig):
        return bool(self._mask() & _bits_of(sig))

    def __setitem__(self, sig, value):
        b = _bits_of(sig)
        m = self._mask()
        m = (m | b) if value else (m & ~b)
        if self._traps:
            self._ctx._traps = m
        else:
            self._ctx._flags = m

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([s for s, b in _SIGNALS])

    def __contains__(self, sig):
        return sig in _SIGNAL_BITS

    def keys(self):
        return [s for s, b in _SIGNALS]

    def values(self):
        m = self._mask()
        return [bool(m & b) for s, b in _SIGNALS]

    def items(self):
        m = self._mask()
        return [(s, bool(m & b)) for s, b in _SIGNALS]

    def get(self, sig, default=None):
        if sig in _SIGNAL_BITS:
            return self[sig]
        return default

    def copy(self):
        m = self._mask()
        return {s: bool(m & b) for s, b in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._mask() == other._mask()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        m = self._mask()
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (s.__name__, bool(m & b))
                               for s, b in _SIGNALS) + "}"


def _mask_from(arg, name):
    # A flags or traps argument (a list of signals or a dict) as bits.
    if isinstance(arg, dict):
        m = 0
        if len(arg) != len(_SIGNALS) or any(k not in _SIGNAL_BITS for k in arg):
            raise KeyError("invalid signal dict")
        for k, v in arg.items():
            if v:
                m |= _SIGNAL_BITS[k]
        return m
    if isinstance(arg, _SignalDict):
        return arg._mask()
    m = 0
    for s in arg:
        m |= _bits_of(s)
    return m


def _mask_names(m):
    return "[" + ", ".join(n for n, b in _REPR_ORDER if m & b) + "]"


# ---------------------------------------------------------------- Context


class Context:
    """The arithmetic context: precision, rounding, exponent limits,
    flags and traps."""

    __slots__ = ("_prec", "_rounding", "_emin", "_emax", "_capitals", "_clamp",
                 "_flags", "_traps")
    __alc_tp_name__ = "decimal.Context"

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if _default_ready else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _INV_GROUP | _DIV_BY_ZERO | _OVERFLOW
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._emin = dc._emin
            self._emax = dc._emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
            self._traps = dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _mask_from(flags, "flags")
        if traps is not None:
            self._traps = _mask_from(traps, "traps")

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _int_field(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError(
                "valid values for rounding are:\n"
                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                "   ROUND_05UP]"
            )
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        value = _int_field(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._emin = value

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        value = _int_field(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _int_field(value)
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _int_field(value)
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, False)

    @flags.setter
    def flags(self, value):
        self._flags = _mask_from(value, "flags")

    @property
    def traps(self):
        return _SignalDict(self, True)

    @traps.setter
    def traps(self, value):
        self._traps = _mask_from(value, "traps")

    def Etiny(self):
        """Emin - prec + 1, the smallest exponent of a subnormal."""
        return self._emin - self._prec + 1

    def Etop(self):
        """Emax - prec + 1, the largest exponent when clamp is 1."""
        return self._emax - self._prec + 1

    def clear_flags(self):
        """Reset every flag."""
        self._flags = 0

    def clear_traps(self):
        """Reset every trap."""
        self._traps = 0

    def copy(self):
        """A copy of the context."""
        c = Context.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._emin = self._emin
        c._emax = self._emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s, b in _SIGNALS if self._flags & b]
        traps = [s for s, b in _SIGNALS if self._traps & b]
        return (self.__class__, (self._prec, self._rounding, self._emin, self._emax,
                                 self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=%s, traps=%s)" % (self._prec, self._rounding, self._emin, self._emax,
                                         self._capitals, self._clamp, _mask_names(self._flags),
                                         _mask_names(self._traps)))

    def _signal(self, status):
        # Record the conditions of one operation; raise when one is trapped.
        self._flags |= status
        trapped = status & self._traps
        if trapped:
            _raise_trapped(trapped)

    def create_decimal(self, num="0"):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str):
            stripped = num.strip()
            if stripped != num and num:
                # The C module refuses surrounding whitespace here.
                self._signal(_CONV_SYNTAX)
                return _NAN
        d = Decimal(num, self)
        if isinstance(num, float):
            self._signal(_FLOAT_OP)
        if d._exp.__class__ is str:
            if d._exp != "F" and len(str(d._int)) > self._prec - self._clamp and d._int:
                self._signal(_CONV_SYNTAX)
                return _NAN
            return d
        res, status = _finish(d._sign, d._int, d._exp, self, 0)
        self._signal(status)
        return res

    def create_decimal_from_float(self, f):
        """A Decimal from a float, rounded to this context."""
        d = Decimal.from_float(f)
        if d._exp.__class__ is str:
            return d
        res, status = _finish(d._sign, d._int, d._exp, self, 0)
        self._signal(status)
        return res


def _int_field(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return int(value)


def _raise_trapped(trapped):
    exc = None
    for s, b in _SIGNALS:
        if trapped & b:
            exc = s
            break
    listed = []
    for s, b in _CONDITIONS:
        if trapped & b:
            listed.append(s)
    for s, b in _SIGNALS[1:]:
        if trapped & b:
            listed.append(s)
    raise exc(listed)


_default_ready = False
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])
_default_ready = True
_current = None


def getcontext():
    """The current context of the program."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
        _current._flags = 0
    return _current


def setcontext(context):
    """Make context the current context (a copy of one of the three
    predefined contexts)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current = context


class _ContextManager:
    __slots__ = ("new_context", "saved_context")

    def __init__(self, new_context):
        self.new_context = new_context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (or of
    the current context), changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % (key,))
        setattr(new, key, value)
    return _ContextManager(new)


# ---------------------------------------------------------------- rounding


def _ndigits(n):
    # The number of decimal digits of n >= 0 (1 for 0).
    if n < 10**15:
        return len(str(n))
    d = int(n.bit_length() * 0.30102999566398120) - 1
    if d < 1:
        d = 1
    p = 10**d
    while p <= n:
        p *= 10
        d += 1
    return d


def _round_up(mode, sign, q, r, m):
    # Whether rounding q + r/m (0 <= r < m) away from q in mode rounds up.
    if r == 0:
        return False
    if mode == ROUND_HALF_EVEN:
        return 2 * r > m or (2 * r == m and q & 1 == 1)
    if mode == ROUND_HALF_UP:
        return 2 * r >= m
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_HALF_DOWN:
        return 2 * r > m
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0


def _overflow(sign, ctx):
    # The result of an overflow in ctx's rounding mode.
    mode = ctx._rounding
    if (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (mode == ROUND_CEILING and sign == 0) or (mode == ROUND_FLOOR and sign == 1)):
        return _dec(sign, 0, "F")
    return _dec(sign, 10**ctx._prec - 1, ctx._emax - ctx._prec + 1)


def _finish(sign, coeff, exp, ctx, status):
    # Round the exact value (-1)**sign * coeff * 10**exp to ctx: precision,
    # overflow, subnormal range and clamping. Returns (Decimal, status).
    prec = ctx._prec
    etiny = ctx._emin - prec + 1
    etop = ctx._emax - prec + 1
    if coeff == 0:
        exp_max = etop if ctx._clamp else ctx._emax
        new_exp = exp
        if new_exp < etiny:
            new_exp = etiny
        if new_exp > exp_max:
            new_exp = exp_max
        if new_exp != exp:
            status |= _CLAMPED
        return _dec(sign, 0, new_exp), status
    nd = _ndigits(coeff)
    exp_min = nd + exp - prec
    if exp_min > etop:
        return _overflow(sign, ctx), status | _OVERFLOW | _INEXACT | _ROUNDED
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        drop = exp_min - exp
        if drop > nd + 1:
            # Every digit goes: what is left is below half of the last place.
            q = 0
            r = 1
            m = 10
        else:
            m = 10**drop
            q, r = divmod(coeff, m)
        inexact = r != 0
        if _round_up(ctx._rounding, sign, q, r, m):
            q += 1
            if _ndigits(q) > prec:
                q //= 10
                exp_min += 1
        if exp_min > etop:
            return _overflow(sign, ctx), status | _OVERFLOW | _INEXACT | _ROUNDED
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
        if subnormal:
            status |= _SUBNORMAL
            if q == 0:
                status |= _CLAMPED
        return _dec(sign, q, exp_min), status
    if subnormal:
        status |= _SUBNORMAL
    if ctx._clamp and exp > etop:
        status |= _CLAMPED
        return _dec(sign, coeff * 10**(exp - etop), etop), status
    return _dec(sign, coeff, exp), status


def _dec(sign, coeff, exp):
    res = _object_new(Decimal)
    res._sign = sign
    res._int = coeff
    res._exp = exp
    return res


_object_new = object.__new__


# ---------------------------------------------------------------- parsing


def _parse(s):
    # (sign, coeff, exp) of a numeric string, exp 'F', 'n' or 'N' for the
    # special values; None when it is not one.
    s = s.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    i = 0
    if s[0] == "-" or s[0] == "+":
        sign = 1 if s[0] == "-" else 0
        i = 1
    body = s[i:]
    low = body.lower()
    if low == "inf" or low == "infinity":
        return (sign, 0, "F")
    kind = None
    if low.startswith("nan"):
        kind = "n"
        payload = body[3:]
    elif low.startswith("snan"):
        kind = "N"
        payload = body[4:]
    if kind is not None:
        if payload == "":
            return (sign, 0, kind)
        if not payload.isdecimal():
            return None
        return (sign, int(payload), kind)
    mant = body
    exp = 0
    for k in range(len(body)):
        if body[k] == "e" or body[k] == "E":
            mant = body[:k]
            e = body[k + 1:]
            if e[:1] == "+" or e[:1] == "-":
                if not e[1:].isdecimal():
                    return None
            elif not e.isdecimal():
                return None
            exp = int(e)
            break
    dot = mant.find(".")
    if dot >= 0:
        intpart = mant[:dot]
        frac = mant[dot + 1:]
    else:
        intpart = mant
        frac = ""
    if not intpart and not frac:
        return None
    if intpart and not intpart.isdecimal() or frac and not frac.isdecimal():
        return None
    return (sign, int(intpart + frac), exp - len(frac))


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        if exp == "F":
            return (int(sign), 0, "F")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coeff = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + int(d)
    return (int(sign), coeff, exp if isinstance(exp, str) else int(exp))


def _float_triple(f):
    # The exact (sign, coeff, exp) of a float.
    if f != f:
        return (0, 0, "n")
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_F, -_INF_F):
        return (sign, 0, "F")
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k
    return (sign, n * 5**k, -k)


_INF_F = float("inf")


# ---------------------------------------------------------------- Decimal


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


def _nan_result(a, b, ctx):
    # The result of an operation with a NaN operand (a signalling one is
    # an InvalidOperation and gives its quiet twin); None without NaNs.
    ea = a._exp
    eb = b._exp if b is not None else None
    if ea == "N":
        ctx._signal(_INV_OP)
        return _quiet(a, ctx)
    if eb == "N":
        ctx._signal(_INV_OP)
        return _quiet(b, ctx)
    if ea == "n":
        return _quiet(a, ctx)
    if eb == "n":
        return _quiet(b, ctx)
    return None


def _quiet(a, ctx):
    payload = a._int
    if payload and _ndigits(payload) > ctx._prec - ctx._clamp:
        payload = 0
    return _dec(a._sign, payload, "n")


def _invalid(ctx, cond=_INV_OP):
    ctx._signal(cond)
    return _NAN


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
                if context is None:
                    context = getcontext()
                context._signal(_CONV_SYNTAX)
                t = (0, 0, "n")
        elif isinstance(value, int):
            t = (1 if value < 0 else 0, abs(int(value)), 0)
        elif isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            t = (value._sign, value._int, value._exp)
        elif isinstance(value, float):
            if context is None:
                context = getcontext()
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
        if context is None:
            context = getcontext()
        return self.adjusted() >= context._emin

    def is_subnormal(self, context=None):
        """Whether self is finite, non-zero and below Emin."""
        if self._exp.__class__ is str or self._int == 0:
            return False
        if context is None:
            context = getcontext()
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
        if context is None:
            context = getcontext()
        return _to_string(self, eng, context._capitals)

    def to_eng_string(self, context=None):
        """The string in engineering notation (exponents multiples of 3)."""
        if context is None:
            context = getcontext()
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
        if context is None:
            context = getcontext()
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
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(self, o, 0, ctx)

    def __radd__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(o, self, 0, ctx)

    def __sub__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(self, o, 1, ctx)

    def __rsub__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _add(o, self, 1, ctx)

    def __mul__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _mul(self, o, ctx)

    def __rmul__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _mul(o, self, ctx)

    def __truediv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _div(self, o, ctx)

    def __rtruediv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _div(o, self, ctx)

    def __floordiv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(self, o, ctx, 0)[0]

    def __rfloordiv__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(o, self, ctx, 0)[0]

    def __mod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(self, o, ctx, 1)[1]

    def __rmod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(o, self, ctx, 1)[1]

    def __divmod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(self, o, ctx, 2)

    def __rdivmod__(self, other, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None:
            return NotImplemented
        return _divmod(o, self, ctx, 2)

    def __pow__(self, other, modulo=None, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None or modulo is not None:
            return NotImplemented
        return _pow(self, o, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        ctx = context if context is not None else getcontext()
        o = _convert_other(other, ctx)
        if o is None or modulo is not None:
            return NotImplemented
        return _pow(o, self, ctx)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        return _plus(self, 1, ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        return _plus(self, 0, ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
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
        o = _operand(other)
        return _dec(o._sign, self._int, self._exp)

    # ------------------------------------------------ rounding operations

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = context if context is not None else getcontext()
        e = _operand(exp)
        if rounding is None:
            rounding = ctx._rounding
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
        o = _operand(other)
        if self._exp.__class__ is str or o._exp.__class__ is str:
            return (self.is_nan() and o.is_nan()) or (self._exp == "F" and o._exp == "F")
        return self._exp == o._exp

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer, without signalling Inexact."""
        ctx = context if context is not None else getcontext()
        if self._exp.__class__ is str:
            r = _nan_result(self, None, ctx)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        if rounding is None:
            rounding = ctx._rounding
        coeff, inexact = _rescale(self._sign, self._int, self._exp, 0, rounding)
        return _dec(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signalling Inexact and Rounded."""
        ctx = context if context is not None else getcontext()
        if self._exp.__class__ is str:
            r = _nan_result(self, None, ctx)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        if rounding is None:
            rounding = ctx._rounding
        coeff, inexact = _rescale(self._sign, self._int, self._exp, 0, rounding)
        ctx._signal(_ROUNDED | (_INEXACT if inexact else 0))
        return _dec(self._sign, coeff, 0)

    def normalize(self, context=None):
        """self rounded to the context with trailing zeros removed."""
        ctx = context if context is not None else getcontext()
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
        ctx = context if context is not None else getcontext()
        return _sqrt(self, ctx)

    def fma(self, other, third, context=None):
        """self * other + third with one rounding."""
        ctx = context if context is not None else getcontext()
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
        ctx = context if context is not None else getcontext()
        o = _operand(other)
        r = _nan_result(self, o, ctx)
        if r is not None:
            return r
        return Decimal(_cmp(self, o))

    def compare_signal(self, other, context=None):
        """compare, signalling InvalidOperation for any NaN."""
        ctx = context if context is not None else getcontext()
        o = _operand(other)
        if self.is_nan() or o.is_nan():
            ctx._signal(_INV_OP)
            return _nan_result(self, o, ctx) or _NAN
        return Decimal(_cmp(self, o))

    def compare_total(self, other, context=None):
        """A total order over every Decimal, NaNs and signs included."""
        o = _operand(other)
        return Decimal(_cmp_total(self, o))

    def compare_total_mag(self, other, context=None):
        """compare_total of the absolute values."""
        o = _operand(other)
        return Decimal(_cmp_total(self.copy_abs(), o.copy_abs()))

    def max(self, other, context=None):
        """The larger; a number rather than a quiet NaN."""
        return _minmax(self, other, context, 1, False)

    def min(self, other, context=None):
        """The smaller; a number rather than a quiet NaN."""
        return _minmax(self, other, context, -1, False)

    def max_mag(self, other, context=None):
        """The one of larger absolute value."""
        return _minmax(self, other, context, 1, True)

    def min_mag(self, other, context=None):
        """The one of smaller absolute value."""
        return _minmax(self, other, context, -1, True)

    def remainder_near(self, other, context=None):
        """self - n * other for the integer n nearest self / other."""
        ctx = context if context is not None else getcontext()
        return _remainder_near(self, _operand(other), ctx)

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


def _operand(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _dec(1 if x < 0 else 0, abs(x), 0)
    raise TypeError("conversion from %s to Decimal is not supported" % (type(x).__name__,))


_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
_NAN_F = float("nan")
_NAN = _dec(0, 0, "n")


# ---------------------------------------------------------------- the operations


def _to_string(d, eng, capitals):
    # The specification's to-scientific-string (to-engineering-string).
    sign = "-" if d._sign else ""
    if d._exp.__class__ is str:
        if d._exp == "F":
            return sign + "Infinity"
        payload = str(d._int) if d._int else ""
        return sign + ("sNaN" if d._exp == "N" else "NaN") + payload
    digits = str(d._int)
    exp = d._exp
    leftdigits = exp + len(digits)
    if exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    elif not eng:
        dotplace = 1
    elif d._int == 0:
        dotplace = (leftdigits + 1) % 3 - 1
    else:
        dotplace = (leftdigits - 1) % 3 + 1
    if dotplace <= 0:
        intpart = "0"
        fracpart = "." + "0" * (-dotplace) + digits
    elif dotplace >= len(digits):
        intpart = digits + "0" * (dotplace - len(digits))
        fracpart = ""
    else:
        intpart = digits[:dotplace]
        fracpart = "." + digits[dotplace:]
    if leftdigits == dotplace:
        e = ""
    else:
        e = ("E" if capitals else "e") + "%+d" % (leftdigits - dotplace)
    return sign + intpart + fracpart + e


def _cmp(a, b):
    # Compare two non-NaN Decimals: -1, 0 or 1.
    if a._exp == "F" or b._exp == "F":
        va = 0 if a._exp != "F" else (-1 if a._sign else 1)
        vb = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if va == vb:
            return 0
        if va or vb:
            if va != 0 and vb != 0:
                return -1 if va < vb else 1
            if va:
                return va
            return -vb
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa = a.adjusted()
    ba = b.adjusted()
    if aa != ba:
        return s if aa > ba else -s
    ca = a._int
    cb = b._int
    if a._exp > b._exp:
        ca *= 10**(a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= 10**(b._exp - a._exp)
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _cmp_total(a, b):
    # The specification's total order.
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    rank = {"N": 2, "n": 3, "F": 1}
    ra = rank.get(a._exp, 0) if a._exp.__class__ is str else 0
    rb = rank.get(b._exp, 0) if b._exp.__class__ is str else 0
    if ra != rb:
        return s if ra > rb else -s
    if ra >= 2:
        if a._int == b._int:
            return 0
        return s if a._int > b._int else -s
    if ra == 1:
        return 0
    c = _cmp(a, b)
    if c:
        return c
    if a._exp == b._exp:
        return 0
    return s if a._exp > b._exp else -s


def _minmax(a, other, context, want, mag):
    ctx = context if context is not None else getcontext()
    b = _operand(other)
    if a.is_nan() or b.is_nan():
        if a._exp == "N" or b._exp == "N" or (a.is_nan() and b.is_nan()):
            return _nan_result(a, b, ctx)
        pick = b if a.is_nan() else a
        res, status = _finish(pick._sign, pick._int, pick._exp, ctx, 0) if pick.is_finite() else (pick, 0)
        ctx._signal(status)
        return res
    c = _cmp(a.copy_abs(), b.copy_abs()) if mag else _cmp(a, b)
    if c == 0:
        if mag:
            c = _cmp(a, b)
        if c == 0:
            c = _cmp_total(a, b)
    pick = a if c == want else b
    if pick._exp.__class__ is str:
        return pick
    res, status = _finish(pick._sign, pick._int, pick._exp, ctx, 0)
    ctx._signal(status)
    return res


def _plus(a, how, ctx):
    # how: 0 plus, 1 minus, 2 abs; the result rounded to ctx.
    if a._exp.__class__ is str:
        r = _nan_result(a, None, ctx)
        if r is not None:
            return r
        sign = a._sign if how == 0 else (1 - a._sign if how == 1 else 0)
        return _dec(sign, 0, "F")
    if how == 0:
        sign = a._sign
    elif how == 1:
        sign = 1 - a._sign
    else:
        sign = 0
    if a._int == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR and (how != 2 and sign == 1) else 0
    res, status = _finish(sign, a._int, a._exp, ctx, 0)
    ctx._signal(status)
    return res


def _add(a, b, negate_b, ctx):
    # a + b, or a - b when negate_b.
    bsign = b._sign ^ negate_b
    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._exp == "F":
            if b._exp == "F" and a._sign != bsign:
                return _invalid(ctx)
            return _dec(a._sign, 0, "F")
        return _dec(bsign, 0, "F")
    ac = a._int
    bc = b._int
    ae = a._exp
    be = b._exp
    if ac == 0 or bc == 0:
        if ac == 0 and bc == 0:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            res, status = _finish(sign, 0, min(ae, be), ctx, 0)
            ctx._signal(status)
            return res
        # A zero operand only lowers the exponent (the ideal one is the
        # smaller); past the precision the padding zeros are rounded
        # away again (Rounded, exact), so one more than fits will do.
        if ac == 0:
            sign, coeff, exp, zexp = bsign, bc, be, ae
        else:
            sign, coeff, exp, zexp = a._sign, ac, ae, be
        if zexp < exp:
            shift = min(exp - zexp, max(ctx._prec - _ndigits(coeff) + 1, 0))
            if shift > 0:
                coeff *= 10**shift
                exp -= shift
        res, status = _finish(sign, coeff, exp, ctx, 0)
        ctx._signal(status)
        return res
    # Far apart, the smaller operand only decides the rounding: a single
    # digit well below the result's last place stands for it.
    prec = ctx._prec
    if ae > be:
        big_adj = ae + _ndigits(ac) - 1
        if be + _ndigits(bc) - 1 < big_adj - prec - 1:
            lim = min(big_adj - prec - 2, ae - 1)
            if be < lim:
                bc = 1
                be = lim
    elif be > ae:
        big_adj = be + _ndigits(bc) - 1
        if ae + _ndigits(ac) - 1 < big_adj - prec - 1:
            lim = min(big_adj - prec - 2, be - 1)
            if ae < lim:
                ac = 1
                ae = lim
    if ae > be:
        ac *= 10**(ae - be)
        exp = be
    else:
        bc *= 10**(be - ae)
        exp = ae
    va = -ac if a._sign else ac
    vb = -bc if bsign else bc
    total = va + vb
    if total == 0:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    else:
        sign = 1 if total < 0 else 0
    res, status = _finish(sign, abs(total), exp, ctx, 0)
    ctx._signal(status)
    return res


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if (a._exp == "F" and b.is_zero()) or (b._exp == "F" and a.is_zero()):
            return _invalid(ctx)
        return _dec(sign, 0, "F")
    res, status = _finish(sign, a._int * b._int, a._exp + b._exp, ctx, 0)
    ctx._signal(status)
    return res


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._exp == "F":
            if b._exp == "F":
                return _invalid(ctx)
            return _dec(sign, 0, "F")
        ctx._signal(_CLAMPED)
        return _dec(sign, 0, ctx.Etiny())
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _DIV_UNDEFINED)
        ctx._signal(_DIV_BY_ZERO)
        return _dec(sign, 0, "F")
    ideal = a._exp - b._exp
    if a._int == 0:
        res, status = _finish(sign, 0, ideal, ctx, 0)
        ctx._signal(status)
        return res
    prec = ctx._prec
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10**shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10**-shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    res, status = _finish(sign, q, exp, ctx, 0)
    ctx._signal(status)
    return res


def _divmod(a, b, ctx, want):
    # a // b (want 0), a % b (want 1) or both (want 2): the quotient
    # truncated to an integer, the remainder with the sign of a.
    sign = a._sign ^ b._sign
    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return (r, r)
        if a._exp == "F":
            if b._exp == "F" or want != 0:
                n = _invalid(ctx)
                return (n, n)
            return (_dec(sign, 0, "F"), None)
        rem = None
        status = 0
        if want != 0:
            rem, status = _finish(a._sign, a._int, a._exp, ctx, 0)
        ctx._signal(status)
        return (_dec(sign, 0, 0), rem)
    if b._int == 0:
        if a._int == 0:
            n = _invalid(ctx, _DIV_UNDEFINED)
            return (n, n)
        if want == 0:
            ctx._signal(_DIV_BY_ZERO)
            return (_dec(sign, 0, "F"), None)
        if want == 1:
            return (None, _invalid(ctx))
        ctx._signal(_DIV_BY_ZERO | _INV_OP)
        return (_dec(sign, 0, "F"), _NAN)
    exp = min(a._exp, b._exp)
    ac = a._int * 10**(a._exp - exp)
    bc = b._int * 10**(b._exp - exp)
    q, r = divmod(ac, bc)
    if q and _ndigits(q) > ctx._prec:
        n = _invalid(ctx, _DIV_IMPOSSIBLE)
        return (n, n)
    status = 0
    quo = rem = None
    if want != 1:
        quo, status = _finish(sign, q, 0, ctx, 0)
    if want != 0:
        rem, status2 = _finish(a._sign, r, exp, ctx, 0)
        status |= status2
    ctx._signal(status)
    return (quo, rem)


def _remainder_near(a, b, ctx):
    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._exp == "F":
            return _invalid(ctx)
        res, status = _finish(a._sign, a._int, a._exp, ctx, 0)
        ctx._signal(status)
        return res
    if b._int == 0:
        return _invalid(ctx, _DIV_UNDEFINED if a._int == 0 else _INV_OP)
    exp = min(a._exp, b._exp)
    ac = a._int * 10**(a._exp - exp)
    bc = b._int * 10**(b._exp - exp)
    q, r = divmod(ac, bc)
    if 2 * r > bc or (2 * r == bc and q & 1):
        r -= bc
        q += 1
    if q and _ndigits(q) > ctx._prec:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    res, status = _finish(sign, r, exp, ctx, 0)
    ctx._signal(status)
    return res


def _rescale(sign, coeff, exp, target, rounding):
    # The coefficient of coeff * 10**exp at exponent target >= exp rounded
    # (or padded when target < exp), and whether it was inexact.
    if target <= exp:
        return coeff * 10**(exp - target), False
    drop = target - exp
    nd = _ndigits(coeff)
    if drop > nd + 1:
        q, r, m = 0, 1, 10
    else:
        m = 10**drop
        q, r = divmod(coeff, m)
    if _round_up(rounding, sign, q, r, m):
        q += 1
    return q, r != 0


def _round_digits(sign, coeff, exp, places, rounding):
    # coeff * 10**exp rounded or padded to places significant digits (a
    # zero keeps its exponent): the new (coeff, exp).
    if coeff == 0:
        return 0, exp
    nd = _ndigits(coeff)
    if nd <= places:
        return coeff * 10**(places - nd), exp - (places - nd)
    target = exp + nd - places
    q, inexact = _rescale(sign, coeff, exp, target, rounding)
    if _ndigits(q) > places:
        q //= 10
        target += 1
    return q, target


def _sqrt(a, ctx):
    if a._exp.__class__ is str:
        r = _nan_result(a, None, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return a
    ideal = a._exp // 2
    if a._int == 0:
        res, status = _finish(a._sign, 0, ideal, ctx, 0)
        ctx._signal(status)
        return res
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec
    # Enough digits: the root gets prec + 1 of them, with a sticky one.
    c = a._int
    e = a._exp
    shift = 2 * (prec + 2) - _ndigits(c)
    if shift < 0:
        shift = 0
    if (e - shift) & 1:
        shift += 1
    c *= 10**shift
    e -= shift
    root = _math.isqrt(c)
    exact = root * root == c
    rexp = e // 2
    if exact:
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
        res, status = _finish(0, root, rexp, ctx, 0)
        ctx._signal(status)
        return res
    if root % 5 == 0:
        root += 1
    saved = ctx._rounding
    # The square root is rounded half-even whatever the context says.
    ctx._rounding = ROUND_HALF_EVEN
    try:
        res, status = _finish(0, root, rexp, ctx, 0)
    finally:
        ctx._rounding = saved
    ctx._signal(status | _INEXACT | _ROUNDED)
    return res


def _pow(a, b, ctx):
    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
    if b._exp.__class__ is not str and (b._exp >= 0 or b._int % 10**-b._exp == 0):
        n = int(b)
        return _pow_int(a, n, ctx)
    raise NotImplementedError("not supported yet: Decimal ** with a non-integral exponent")


def _pow_int(a, n, ctx):
    # a ** n for an integer n: exactly, then rounded once (results far
    # outside the exponent range from a few more digits than prec).
    sign = a._sign if n & 1 else 0
    if a._exp == "F":
        if n == 0:
            return _dec(0, 1, 0)
        return _dec(sign, 0, "F") if n > 0 else _dec(sign, 0, 0)
    if a._int == 0:
        if n == 0:
            return _invalid(ctx)
        return _dec(sign, 0, 0) if n > 0 else _dec(sign, 0, "F")
    if n == 0:
        return _dec(0, 1, 0)
    m = n if n > 0 else -n
    if a._int == 1:
        coeff, exp = 1, a._exp * m
    elif _ndigits(a._int) * m > 4 * ctx._prec + 1000:
        coeff, exp = _pow_approx(a._int, a._exp, m, ctx)
    else:
        coeff = a._int ** m
        exp = a._exp * m
    if n > 0:
        res, status = _finish(sign, coeff, exp, ctx, 0)
        ctx._signal(status)
        return res
    return _div(_dec(0, 1, 0), _dec(sign, coeff, exp), ctx)


def _pow_approx(coeff, exp, n, ctx):
    # coeff ** n with about prec + 10 correct digits and a sticky digit,
    # for results far beyond the exponent range (which overflow or
    # underflow anyway).
    keep = ctx._prec + 10
    c = coeff
    e = exp
    rc = 1
    re = 0
    while n:
        if n & 1:
            rc *= c
            re += e
            d = _ndigits(rc) - keep
            if d > 0:
                rc = rc // 10**d * 10 + 1
                re += d - 1
        n >>= 1
        if n:
            c *= c
            e *= 2
            d = _ndigits(c) - keep
            if d > 0:
                c = c // 10**d * 10 + 1
                e += d - 1
    return rc, re
