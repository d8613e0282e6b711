"""The arithmetic of `decimal` (`lib/decimal.al`): rounding an exact
result to a context (`_finish`), parsing, the string conversion and every
operation on the (sign, coefficient, exponent) triples of Decimals. Each
operation reports its conditions through `ctx._signal`; `decimal` sets
`_Decimal` to its class when it is created."""

import math as _math

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"

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

_Decimal = None
_object_new = object.__new__
_NAN_F = float("nan")
_NAN = None


def set_class(cls):
    """Make cls the class the operations create."""
    global _Decimal, _NAN
    _Decimal = cls
    _NAN = _dec(0, 0, "n")


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
    res = _object_new(_Decimal)
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
    # The quiet NaN of a's sign and payload; a payload longer than
    # prec - clamp digits keeps its last digits.
    payload = a._int
    keep = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > keep:
        payload = payload % 10**keep if keep > 0 else 0
    return _dec(a._sign, payload, "n")


def _invalid(ctx, cond=_INV_OP):
    ctx._signal(cond)
    return _NAN


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


def _minmax(a, other, ctx, want, mag):
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
    import _decimal_trans

    if a._exp.__class__ is str or b._exp.__class__ is str:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
    if b._exp.__class__ is not str and (b._exp >= 0 or b._int % 10**-b._exp == 0):
        n = int(b)
        return _pow_int(a, n, ctx)
    return _decimal_trans.dec_pow_real(a, b, ctx)


def _powmod(a, b, m, ctx):
    # pow(a, b, m) of three integral Decimals: the sign of a when b is odd.
    r = _nan_result(a, b, ctx)
    if r is None:
        r = _nan_result(m, None, ctx)
    if r is not None:
        return r
    for x in (a, b, m):
        if x._exp.__class__ is str or (x._exp < 0 and x._int % 10**-x._exp):
            return _invalid(ctx)
    ia = _int_value(a)
    ib = _int_value(b)
    im = abs(_int_value(m))
    if ib < 0 or im == 0 or (ia == 0 and ib == 0) or _ndigits(im) > ctx._prec:
        return _invalid(ctx)
    res = pow(abs(ia), ib, im)
    sign = 1 if ia < 0 and ib & 1 and res else 0
    return _dec(sign, res, 0)


def _int_value(x):
    n = x._int * 10**x._exp if x._exp >= 0 else x._int // 10**-x._exp
    return -n if x._sign else n


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
        if exp + _ndigits(coeff) - 1 < ctx.Etiny():
            # libmpdec's power underflows to zero whatever the rounding.
            ctx._signal(_INEXACT | _ROUNDED | _SUBNORMAL | _UNDERFLOW | _CLAMPED)
            return _dec(sign, 0, ctx.Etiny())
        res, status = _finish(sign, coeff, exp, ctx, 0)
        ctx._signal(status)
        return res
    return _pow_negative(a, m, sign, ctx)


def _pow_negative(a, m, sign, ctx):
    # a ** -m as libmpdec computes it, which CPython's results show: the
    # reciprocal at prec + digits(m) + 3 digits (half-even), raised by
    # left-to-right binary powering at that precision, then rounded to
    # ctx: a double rounding, with the flags of every step.
    work = ctx.copy()
    work._prec = ctx._prec + _ndigits(m) + 3
    work._rounding = ROUND_HALF_EVEN
    work._clamp = 0
    work._traps = 0
    work._flags = 0
    base = _div(_dec(0, 1, 0), _dec(0, a._int, a._exp), work)
    result = base
    for bit in bin(m)[3:]:
        result = _mul(result, result, work)
        if bit == "1":
            result = _mul(result, base, work)
        if result._exp.__class__ is str or (result._int == 0 and work._flags & _CLAMPED):
            break
    status = work._flags
    if result._exp.__class__ is str:
        ctx._signal(status)
        return _dec(sign, 0, "F")
    res, final = _finish(sign, result._int, result._exp, ctx, 0)
    ctx._signal(status | final)
    return res


def _pow_approx(coeff, exp, n, ctx):
    # coeff ** n with about prec + 10 correct digits and a sticky digit
    # (each of the 2 * log2(n) truncations costs a relative error that n
    # magnifies, hence the digits of n on top).
    keep = ctx._prec + 10 + 2 * _ndigits(n)
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


def _operand(x):
    if isinstance(x, _Decimal):
        return x
    if isinstance(x, int):
        return _dec(1 if x < 0 else 0, abs(x), 0)
    raise TypeError("conversion from %s to Decimal is not supported" % (type(x).__name__,))


# ---------------------------------------------------------------- neighbours, scaling, digits


def _next(a, ctx, up):
    # The next representable value above (up) or below a, without flags.
    r = _nan_result(a, None, ctx)
    if r is not None:
        return r
    if a._exp == "F":
        if (a._sign == 0) == up:
            return a
        return _dec(a._sign, 10**ctx._prec - 1, ctx._emax - ctx._prec + 1)
    tmp = ctx.copy()
    tmp._traps = 0
    tmp._rounding = ROUND_CEILING if up else ROUND_FLOOR
    tiny = _dec(0 if up else 1, 1, ctx.Etiny() - 1)
    if a._int == 0:
        return _dec(0 if up else 1, 1, ctx.Etiny())
    return _add(a, tiny, 0, tmp)


def _next_toward(a, b, ctx):
    r = _nan_result(a, b, ctx)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp)
    res = _next(a, ctx, c < 0)
    status = 0
    if res._exp == "F":
        status = _OVERFLOW | _INEXACT | _ROUNDED
    elif res.adjusted() < ctx._emin:
        status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if res._int == 0:
            status |= _CLAMPED
    ctx._signal(status)
    return res


def _logb(a, ctx):
    r = _nan_result(a, None, ctx)
    if r is not None:
        return r
    if a._exp == "F":
        return _dec(0, 0, "F")
    if a._int == 0:
        ctx._signal(_DIV_BY_ZERO)
        return _dec(1, 0, "F")
    adj = a.adjusted()
    res, status = _finish(1 if adj < 0 else 0, abs(adj), 0, ctx, 0)
    ctx._signal(status)
    return res


def _int_operand(b, ctx, limit):
    # The value of an integral operand of exponent 0 within +-limit; None
    # after signalling InvalidOperation otherwise.
    if b._exp.__class__ is str or b._exp != 0 or b._int > limit:
        ctx._signal(_INV_OP)
        return None
    return -b._int if b._sign else b._int


def _scaleb(a, b, ctx):
    r = _nan_result(a, b, ctx)
    if r is not None:
        return r
    n = _int_operand(b, ctx, 2 * (ctx._emax + ctx._prec))
    if n is None:
        return _dec(0, 0, "n")
    if a._exp == "F":
        return a
    res, status = _finish(a._sign, a._int, a._exp + n, ctx, 0)
    ctx._signal(status)
    return res


def _shift(a, b, ctx, rotate):
    r = _nan_result(a, b, ctx)
    if r is not None:
        return r
    prec = ctx._prec
    n = _int_operand(b, ctx, prec)
    if n is None:
        return _dec(0, 0, "n")
    if a._exp == "F":
        return a
    coeff = a._int % 10**prec
    if rotate:
        digits = str(coeff).rjust(prec, "0")
        k = n % prec
        coeff = int(digits[k:] + digits[:k])
    elif n >= 0:
        coeff = coeff * 10**n % 10**prec
    else:
        coeff //= 10**-n
    return _dec(a._sign, coeff, a._exp)


def _logical_digits(x, ctx):
    # The digits of a logical operand padded to prec; None when it is not
    # one (a non-negative integer of exponent 0 with only 0s and 1s).
    if x._exp.__class__ is str or x._exp != 0 or x._sign:
        return None
    s = str(x._int)
    if s.strip("01"):
        return None
    return s.rjust(ctx._prec, "0")[-ctx._prec:]


def _logical(a, b, ctx, op):
    da = _logical_digits(a, ctx)
    db = _logical_digits(b, ctx) if b is not None else "0" * ctx._prec
    if da is None or db is None:
        return _invalid(ctx)
    if op == "and":
        out = "".join("1" if x == "1" and y == "1" else "0" for x, y in zip(da, db))
    elif op == "or":
        out = "".join("1" if x == "1" or y == "1" else "0" for x, y in zip(da, db))
    elif op == "xor":
        out = "".join("1" if x != y else "0" for x, y in zip(da, db))
    else:
        out = "".join("0" if x == "1" else "1" for x in da)
    return _dec(0, int(out), 0)
