"""The contexts and signals of `decimal` (`lib/decimal.al` re-exports
every public name here): the signal and condition classes, `Context` with
its flags and traps over bit masks, the predefined contexts and the
program's current context. The classes carry `__module__ = "decimal"`, as
CPython's."""

import _decimal_arith as _arith
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
    _dec,
    _finish,
    _ndigits,
    _operand,
)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)



# ---------------------------------------------------------------- signals


class DecimalException(ArithmeticError):
    __module__ = "decimal"


class Clamped(DecimalException):
    __module__ = "decimal"


class InvalidOperation(DecimalException):
    __module__ = "decimal"


class ConversionSyntax(InvalidOperation):
    __module__ = "decimal"


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = "decimal"


class DivisionImpossible(InvalidOperation):
    __module__ = "decimal"


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = "decimal"


class Inexact(DecimalException):
    __module__ = "decimal"


class InvalidContext(InvalidOperation):
    __module__ = "decimal"


class Rounded(DecimalException):
    __module__ = "decimal"


class Subnormal(DecimalException):
    __module__ = "decimal"


class Overflow(Inexact, Rounded):
    __module__ = "decimal"


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = "decimal"


class FloatOperation(DecimalException, TypeError):
    __module__ = "decimal"


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

    __module__ = "decimal"
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
        self._rounding = _valid_rounding(value)

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
                return _dec(0, 0, "n")
        from decimal import Decimal

        d = Decimal(num, self)
        if isinstance(num, float):
            self._signal(_FLOAT_OP)
        if d._exp.__class__ is str:
            if d._exp != "F" and len(str(d._int)) > self._prec - self._clamp and d._int:
                self._signal(_CONV_SYNTAX)
                return _dec(0, 0, "n")
            return d
        res, status = _finish(d._sign, d._int, d._exp, self, 0)
        self._signal(status)
        return res

    def create_decimal_from_float(self, f):
        """A Decimal from a float, rounded to this context."""
        from decimal import Decimal

        d = Decimal.from_float(f)
        if d._exp.__class__ is str:
            return d
        res, status = _finish(d._sign, d._int, d._exp, self, 0)
        self._signal(status)
        return res

    # ------------------------------------------------ operations
    # Each converts its operands as CPython's Context methods do (a
    # Decimal or an int; anything else is a TypeError) and runs the
    # Decimal operation in this context.

    def abs(self, a, /):
        """abs(a) rounded to this context."""
        return _arith._plus(_operand(a), 2, self)

    def add(self, a, b, /):
        """a + b rounded to this context."""
        return _arith._add(_operand(a), _operand(b), 0, self)

    def subtract(self, a, b, /):
        """a - b rounded to this context."""
        return _arith._add(_operand(a), _operand(b), 1, self)

    def multiply(self, a, b, /):
        """a * b rounded to this context."""
        return _arith._mul(_operand(a), _operand(b), self)

    def divide(self, a, b, /):
        """a / b rounded to this context."""
        return _arith._div(_operand(a), _operand(b), self)

    def divide_int(self, a, b, /):
        """a // b (truncated towards zero)."""
        return _arith._divmod(_operand(a), _operand(b), self, 0)[0]

    def remainder(self, a, b, /):
        """a % b (with the sign of a)."""
        return _arith._divmod(_operand(a), _operand(b), self, 1)[1]

    def divmod(self, a, b, /):
        """(a // b, a % b)."""
        return _arith._divmod(_operand(a), _operand(b), self, 2)

    def remainder_near(self, a, b, /):
        """a - n * b for the integer n nearest a / b."""
        return _operand(a).remainder_near(_operand(b), self)

    def power(self, a, b, modulo=None):
        """a ** b rounded to this context, or pow(a, b, modulo)."""
        x = _operand(a)
        y = _operand(b)
        if modulo is not None:
            return _arith._powmod(x, y, _operand(modulo), self)
        return _arith._pow(x, y, self)

    def minus(self, a, /):
        """-a rounded to this context."""
        return _arith._plus(_operand(a), 1, self)

    def plus(self, a, /):
        """+a rounded to this context."""
        return _arith._plus(_operand(a), 0, self)

    def fma(self, a, b, c, /):
        """a * b + c with one rounding."""
        return _operand(a).fma(_operand(b), _operand(c), self)

    def sqrt(self, a, /):
        """The square root of a, correctly rounded."""
        return _arith._sqrt(_operand(a), self)

    def exp(self, a, /):
        """e ** a, correctly rounded."""
        return _operand(a).exp(self)

    def ln(self, a, /):
        """The natural logarithm of a, correctly rounded."""
        return _operand(a).ln(self)

    def log10(self, a, /):
        """The base-10 logarithm of a, correctly rounded."""
        return _operand(a).log10(self)

    def quantize(self, a, b, /):
        """a rounded to the exponent of b."""
        return _operand(a).quantize(_operand(b), None, self)

    def normalize(self, a, /):
        """a rounded with its trailing zeros removed."""
        return _operand(a).normalize(self)

    def to_integral_value(self, a, /):
        """a rounded to an integer, without Inexact."""
        return _operand(a).to_integral_value(None, self)

    to_integral = to_integral_value

    def to_integral_exact(self, a, /):
        """a rounded to an integer, signalling Inexact and Rounded."""
        return _operand(a).to_integral_exact(None, self)

    def to_sci_string(self, a, /):
        """a in scientific notation, with this context's capitals."""
        return _arith._to_string(_operand(a), False, self._capitals)

    def to_eng_string(self, a, /):
        """a in engineering notation, with this context's capitals."""
        return _arith._to_string(_operand(a), True, self._capitals)

    def compare(self, a, b, /):
        """-1, 0 or 1 as a Decimal; NaN when either is a NaN."""
        return _operand(a).compare(_operand(b), self)

    def compare_signal(self, a, b, /):
        """compare, signalling InvalidOperation for any NaN."""
        return _operand(a).compare_signal(_operand(b), self)

    def compare_total(self, a, b, /):
        """The total order of a and b as -1, 0 or 1."""
        return _operand(a).compare_total(_operand(b), self)

    def compare_total_mag(self, a, b, /):
        """compare_total of the absolute values."""
        return _operand(a).compare_total_mag(_operand(b), self)

    def max(self, a, b, /):
        """The larger of a and b."""
        return _operand(a).max(_operand(b), self)

    def min(self, a, b, /):
        """The smaller of a and b."""
        return _operand(a).min(_operand(b), self)

    def max_mag(self, a, b, /):
        """The one of a and b of larger absolute value."""
        return _operand(a).max_mag(_operand(b), self)

    def min_mag(self, a, b, /):
        """The one of a and b of smaller absolute value."""
        return _operand(a).min_mag(_operand(b), self)

    def copy_abs(self, a, /):
        """a with a positive sign."""
        return _operand(a).copy_abs()

    def copy_negate(self, a, /):
        """a with the opposite sign."""
        return _operand(a).copy_negate()

    def copy_sign(self, a, b, /):
        """a with the sign of b."""
        return _operand(a).copy_sign(_operand(b))

    def copy_decimal(self, a, /):
        """a as a Decimal."""
        x = _operand(a)
        return _dec(x._sign, x._int, x._exp)

    def canonical(self, a, /):
        """a itself (a Decimal)."""
        if not isinstance(a, _arith._Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def is_canonical(self, a, /):
        """True for a Decimal."""
        if not isinstance(a, _arith._Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a, /):
        """Whether a is neither an infinity nor a NaN."""
        return _operand(a).is_finite()

    def is_infinite(self, a, /):
        """Whether a is an infinity."""
        return _operand(a).is_infinite()

    def is_nan(self, a, /):
        """Whether a is a NaN."""
        return _operand(a).is_nan()

    def is_qnan(self, a, /):
        """Whether a is a quiet NaN."""
        return _operand(a).is_qnan()

    def is_snan(self, a, /):
        """Whether a is a signalling NaN."""
        return _operand(a).is_snan()

    def is_signed(self, a, /):
        """Whether a is negative (-0 included)."""
        return _operand(a).is_signed()

    def is_zero(self, a, /):
        """Whether a is a zero."""
        return _operand(a).is_zero()

    def is_normal(self, a, /):
        """Whether a is a normal number in this context."""
        return _operand(a).is_normal(self)

    def is_subnormal(self, a, /):
        """Whether a is subnormal in this context."""
        return _operand(a).is_subnormal(self)

    def number_class(self, a, /):
        """The class of a in this context: '+Normal', 'NaN', ..."""
        return _operand(a).number_class(self)

    def same_quantum(self, a, b, /):
        """Whether a and b have the same exponent."""
        return _operand(a).same_quantum(_operand(b))

    def radix(self):
        """Decimal(10)."""
        return _dec(0, 10, 0)

    def logb(self, a, /):
        """The adjusted exponent of a as a Decimal."""
        return _arith._logb(_operand(a), self)

    def scaleb(self, a, b, /):
        """a with b added to its exponent."""
        return _arith._scaleb(_operand(a), _operand(b), self)

    def shift(self, a, b, /):
        """The coefficient of a shifted by b digits."""
        return _arith._shift(_operand(a), _operand(b), self, False)

    def rotate(self, a, b, /):
        """The coefficient of a rotated by b digits."""
        return _arith._shift(_operand(a), _operand(b), self, True)

    def logical_and(self, a, b, /):
        """Digit-wise and."""
        return _arith._logical(_operand(a), _operand(b), self, "and")

    def logical_or(self, a, b, /):
        """Digit-wise or."""
        return _arith._logical(_operand(a), _operand(b), self, "or")

    def logical_xor(self, a, b, /):
        """Digit-wise exclusive or."""
        return _arith._logical(_operand(a), _operand(b), self, "xor")

    def logical_invert(self, a, /):
        """Digit-wise inversion."""
        return _arith._logical(_operand(a), None, self, "invert")

    def next_plus(self, a, /):
        """The smallest representable number larger than a."""
        return _arith._next(_operand(a), self, True)

    def next_minus(self, a, /):
        """The largest representable number smaller than a."""
        return _arith._next(_operand(a), self, False)

    def next_toward(self, a, b, /):
        """The representable number next to a in the direction of b."""
        return _arith._next_toward(_operand(a), _operand(b), self)


def _valid_rounding(value):
    # One of the eight rounding modes (the module's own string), or TypeError.
    if not isinstance(value, str) or value not in _ROUNDINGS:
        raise TypeError(
            "valid values for rounding are:\n"
            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
            "   ROUND_05UP]"
        )
    return _ROUNDINGS[_ROUNDINGS.index(value)]


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
