"""The format-specification half of `decimal.Decimal.__format__`: parsing
a spec as CPython's C module does (no `_` grouping, no `#`), signs,
thousands separators with zero padding, alignment. `decimal` rounds the
number and splits it into digits; this module lays them out."""


def parse_spec(spec):
    """The fields of a format spec as a dict; ValueError when invalid."""
    res = {"fill": " ", "align": ">", "sign": "-", "no_neg_0": False, "zeropad": False,
           "width": 0, "sep": "", "precision": None, "type": None, "explicit_align": False}
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in "<>=^":
        res["fill"] = spec[0]
        res["align"] = spec[1]
        res["explicit_align"] = True
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        res["align"] = spec[0]
        res["explicit_align"] = True
        i = 1
    if i < n and spec[i] in "+- ":
        res["sign"] = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        res["no_neg_0"] = True
        i += 1
    if i < n and spec[i] == "0":
        res["zeropad"] = True
        if not res["explicit_align"]:
            res["fill"] = "0"
            res["align"] = "="
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > j:
        res["width"] = int(spec[j:i])
    if i < n and spec[i] == ",":
        res["sep"] = ","
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        res["precision"] = int(spec[j:i])
    if i < n:
        if spec[i] in "eEfFgGn%" and i == n - 1:
            res["type"] = spec[i]
            i += 1
        else:
            raise ValueError("invalid format string")
    if res["type"] == "n" and res["sep"]:
        raise ValueError("invalid format string")
    return res


def sign_text(negative, spec):
    """The sign a number gets under spec."""
    if negative:
        return "-"
    if spec["sign"] in " +":
        return spec["sign"]
    return ""


def align(sign, body, spec):
    """sign and body padded to the spec's width."""
    padding = spec["fill"] * (spec["width"] - len(sign) - len(body))
    a = spec["align"]
    if a == "<":
        return sign + body + padding
    if a == "=":
        return sign + padding + body
    if a == "^":
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def group(digits, sep, min_width):
    """digits with sep every three from the right, zero-padded to
    min_width (the padding grouped too)."""
    if not sep:
        return "0" * (min_width - len(digits)) + digits
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append("0" * (l - len(digits)) + digits[-l:] if l > len(digits) else digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def number(negative, intpart, fracpart, exp, spec):
    """The formatted number from its digits around the point and exponent."""
    sign = sign_text(negative, spec)
    if fracpart:
        fracpart = "." + fracpart
    t = spec["type"]
    if exp != 0 or t in "eE":
        echar = "E" if t in "EG" else "e"
        fracpart += "%s%+d" % (echar, exp)
    if t == "%":
        fracpart += "%"
    if spec["zeropad"]:
        min_width = spec["width"] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = group(intpart, spec["sep"], min_width)
    return align(sign, intpart + fracpart, spec)
