"""The transcendental functions of `decimal` (`lib/decimal.al`): `exp`,
`ln` and `log10`, correctly rounded (half-even, whatever the context's
rounding, as libmpdec). Each approximates its result in fixed point over
Python ints with an error bound, and retries with more digits until both
ends of the error interval round to the same Decimal (Ziv's strategy:
the results are irrational, so the loop ends)."""

import math as _math
import _decimal_arith as _arith
from _decimal_arith import (
    ROUND_HALF_EVEN,
    _INEXACT,
    _ROUNDED,
    _dec,
    _finish,
    _invalid,
    _nan_result,
    _ndigits,
)

# The error bound (in units of the last fixed-point digit) of the
# approximations below, generous: their guard digits keep it far smaller.
_SLACK = 100


def _exp_fixed(x, k):
    # exp(x / 10**k) * 10**k for 0 <= x / 10**k < 3, within a few units.
    s = _math.isqrt(k) + 4
    g = 6 + s // 3
    one = 10 ** (k + g)
    y = (x * 10**g) >> s
    total = 0
    term = one
    i = 1
    while term:
        total += term
        term = term * y // (one * i)
        i += 1
    for _ in range(s):
        total = total * total // one
    return total // 10**g


def _ln_fixed(x, k):
    # ln(x / 10**k) * 10**k for 10**-k < x / 10**k < 100, within a few
    # units: square roots bring the argument near 1, where the series of
    # 2 * atanh((m - 1) / (m + 1)) converges fast.
    s = _math.isqrt(k) + 4
    g = 6 + s // 3 + 2
    one = 10 ** (k + g)
    m = x * 10**g
    for _ in range(s):
        m = _math.isqrt(m * one)
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    total = 0
    term = z
    i = 1
    while term:
        total += term // i
        term = term * z2 // one
        i += 2
    return (total * 2 << s) // 10**g


_LN10 = [0, 0]


def _ln10(k):
    # ln(10) * 10**k within a few units (cached at the largest k asked).
    if _LN10[0] < k:
        kk = k + 10
        _LN10[0] = kk
        _LN10[1] = _ln_fixed(10 * 10**kk, kk)
    return _LN10[1] // 10 ** (_LN10[0] - k)


def _value(a, k):
    # round(|a| * 10**k) of a finite Decimal a (floor, within one unit).
    e = a._exp + k
    if e >= 0:
        return a._int * 10**e
    return a._int // 10**-e


def _round_interval(sign, lo, hi, k, wctx):
    # The result when every value in (lo, hi) * 10**-k rounds alike in
    # wctx, as (Decimal, status); None when more digits are needed.
    if lo <= 0:
        return None
    r1, s1 = _finish(sign, lo * 10 + 1, -k - 1, wctx, 0)
    r2, s2 = _finish(sign, hi * 10 - 1, -k - 1, wctx, 0)
    if r1._int != r2._int or r1._exp != r2._exp or s1 != s2:
        return None
    return r1, s1 | _INEXACT | _ROUNDED


def _out_of_range(negative, wctx):
    # e ** t for a t whose result overflows (or underflows to zero), as
    # (Decimal, status).
    if negative:
        return _finish(0, 1, wctx._emin - wctx._prec - 10, wctx, _INEXACT | _ROUNDED)
    return _finish(0, 1, wctx._emax + 10, wctx, _INEXACT | _ROUNDED)


def dec_exp(a, ctx):
    """e ** a, correctly rounded."""
    if a._exp.__class__ is str:
        r = _nan_result(a, None, ctx)
        if r is not None:
            return r
        return _dec(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _dec(0, 1, 0)
    wctx = _half_even(ctx)
    adj = a._exp + _ndigits(a._int) - 1
    if adj >= 21:
        # Far beyond every exponent range: an overflow or an underflow.
        return _signal(_out_of_range(a._sign, wctx), ctx)
    k = ctx._prec + 10
    while True:
        kk = k + max(adj, 0) + 3
        res = _exp_interval(a._sign, _value(a, kk), kk, k, wctx)
        if res is not None:
            return _signal(res, ctx)
        k *= 2


def _half_even(ctx):
    wctx = ctx.copy()
    wctx._rounding = ROUND_HALF_EVEN
    return wctx


def _signal(res, ctx):
    ctx._signal(res[1])
    return res[0]


def _exp_interval(negative, v, kk, k, wctx):
    # e ** t rounded to wctx as (Decimal, status), for t = -v / 10**kk
    # (negative) or v / 10**kk within a unit; None when k digits do not
    # settle the rounding. kk exceeds k by the digits of t / ln(10) and 3.
    # t = n * ln(10) + r with 0 <= r < ln(10): e ** t = e ** r * 10 ** n.
    l10 = _ln10(kk)
    n = v // l10 if not negative else -((v + l10 - 1) // l10)
    if n > wctx._emax + 2 or n < wctx._emin - wctx._prec - 3:
        return _out_of_range(negative, wctx)
    r = (-v if negative else v) - n * l10
    r //= 10 ** (kk - k)
    y = _exp_fixed(r, k)
    return _round_interval(0, y - _SLACK, y + _SLACK, k - n, wctx)


def _ln_approx(a, k):
    # ln(a) * 10**k for a finite positive a, within a few units.
    nd = _ndigits(a._int)
    n = a._exp + nd - 1
    m = a._int * 10 ** (k + 2) // 10 ** (nd - 1)
    # m / 10**(k+2) is in [1, 10); ln(a) = ln(m) + n * ln(10).
    kk = k + 2 + _ndigits(abs(n)) + 2
    lm = _ln_fixed(m * 10 ** (kk - k - 2), kk)
    total = lm + n * _ln10(kk)
    return total // 10 ** (kk - k)


def _log_checks(a, ctx):
    # The result of ln or log10 for special and non-positive operands.
    if a._exp.__class__ is str:
        r = _nan_result(a, None, ctx)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return a
    if a._int == 0:
        return _dec(1, 0, "F")
    if a._sign:
        return _invalid(ctx)
    return None


def dec_ln(a, ctx):
    """The natural logarithm of a, correctly rounded."""
    r = _log_checks(a, ctx)
    if r is not None:
        return r
    c = a._int
    e = a._exp
    if e <= 0 and c == 10**-e:
        return _dec(0, 0, 0)
    return _log_loop(a, ctx, False)


def dec_log10(a, ctx):
    """The base-10 logarithm of a, correctly rounded."""
    r = _log_checks(a, ctx)
    if r is not None:
        return r
    c = a._int
    e = a._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        res, status = _finish(1 if e < 0 else 0, abs(e), 0, ctx, 0)
        ctx._signal(status)
        return res
    return _log_loop(a, ctx, True)


def _log_loop(a, ctx, base10):
    # ln(a) (or log10(a)) rounded, for a positive finite a that is not an
    # exact case: the fixed-point digits start at the size of a - 1 near 1.
    prec = ctx._prec
    nd = _ndigits(a._int)
    near = 0
    if a._exp + nd - 1 == 0 or a._exp + nd == 0:
        one = 10**-a._exp if a._exp < 0 else 0
        if one:
            diff = abs(a._int - one)
            near = _ndigits(one) - _ndigits(diff)
    k = prec + 10 + near
    wctx = _half_even(ctx)
    while True:
        y = _ln_approx(a, k)
        if base10:
            y = y * 10**k // _ln10(k)
        sign = 1 if y < 0 else 0
        y = abs(y)
        res = _round_interval(sign, y - _SLACK, y + _SLACK, k, wctx)
        if res is not None:
            return _signal(res, ctx)
        k *= 2


def dec_pow_real(a, b, ctx):
    """a ** b for a b that is not a finite integer (an infinity or a
    fraction), as libmpdec: rounded in the context's mode."""
    r = _nan_result(a, b, ctx)
    if r is not None:
        return r
    if a._exp != "F" and a._int == 0:
        return _dec(0, 0, "F") if b._sign else _dec(0, 0, 0)
    if a._sign:
        return _invalid(ctx)
    if a._exp == "F":
        return _dec(0, 0, 0) if b._sign else a
    # a is finite and positive.
    c = a._int
    e = a._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1 and e == 0:
        res, status = _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx, _INEXACT | _ROUNDED)
        return _signal((res, status), ctx)
    if b._exp == "F":
        above = a.adjusted() >= 0
        return _dec(0, 0, "F") if above != bool(b._sign) else _dec(0, 0, 0)
    badj = b._exp + _ndigits(b._int) - 1
    aadj = a._exp + _ndigits(a._int) - 1
    # With |ln(a)| > 2 and |b| >= 10**21 the result is out of range.
    if badj >= 21 and (aadj >= 1 or aadj <= -2):
        return _signal(_out_of_range((aadj < 0) != bool(b._sign), ctx), ctx)
    k = ctx._prec + 10
    while True:
        kk = k + 25
        k2 = kk + max(badj + 1, 0) + 2
        t = _ln_approx(a, k2) * b._int
        shift = b._exp + kk - k2
        t = t * 10**shift if shift >= 0 else t // 10**-shift
        negative = (t < 0) != bool(b._sign)
        v = abs(t)
        if v >= 10 ** (kk + 21):
            return _signal(_out_of_range(negative, ctx), ctx)
        res = _exp_interval(negative, v, kk, k, ctx)
        if res is not None:
            return _signal(res, ctx)
        if k > 4 * ctx._prec + 100:
            # An exact result on a rounding boundary: libmpdec's rounding of
            # it depends on its approximation.
            raise NotImplementedError(
                "not supported yet: Decimal ** with a non-integral exponent whose exact "
                "result is a rounding boundary")
        k *= 2
