#!/usr/bin/env python3
"""Generate random, valid, deterministic Al programs for differential testing.

One program per seed: `python3 tests/difftest/gen.py SEED` prints it. A
program is a prelude (the helper `p`, which prints a value's repr or the
exception a thunk raises) followed by independent snippets. Each snippet is a
function `t<N>` whose body is a list of items (one top-level statement each,
possibly a block), called under `try`/`except Exception` so an exception
ends only that snippet. `run.py` minimises over snippets and then over the
items of one snippet, so the item structure is part of the interface:
`generate(seed)` returns the parts and `render(parts)` the text.

Everything generated uses only what docs/language.md says alc supports, and
prints nothing that depends on addresses, `id()` or string hashes (sets and
dicts of strings are fine: oracles run with PYTHONHASHSEED=0).

Only the Python 3 standard library is used.
"""

import random
import sys

PRELUDE = """\
def p(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))
"""

# ---------------------------------------------------------------- values

INTS = [
    0, 1, -1, 2, -2, 3, 7, -7, 10, 63, 64, 255, 256, -256, 1000,
    2**31, 2**32 - 1, 2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63 - 1,
    2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, -(2**64), 2**64 + 1,
    10**18, 10**19, -(10**19), 10**20 + 3, -(10**20), 3**40, 2**100 + 12345,
    -(7**50), 10**30,
]


def lit_int(v):
    return str(v) if v >= 0 else f"({v})"


def rand_int(r):
    k = r.random()
    if k < 0.6:
        return r.choice(INTS)
    if k < 0.8:
        return r.randint(-100, 100)
    if k < 0.9:
        return r.choice([1, -1]) * (2 ** r.randint(60, 66) + r.randint(-3, 3))
    return r.randint(-(10**25), 10**25)


def int_src(r):
    """A source expression for an int: a literal, or a power written out."""
    if r.random() < 0.15:
        e = r.choice([62, 63, 64, 65, 100])
        d = r.randint(-2, 2)
        base = f"2 ** {e}" + (f" + {d}" if d > 0 else f" - {-d}" if d < 0 else "")
        return f"(-({base}))" if r.random() < 0.4 else f"({base})"
    return lit_int(rand_int(r))


FLOAT_SRC = [
    "0.0", "(-0.0)", "1.0", "-1.0", "0.5", "1.5", "-2.5", "2.5", "0.1", "0.2", "1/3",
    "1e16", "1e-05", "1e-4", "123456789.125", "1e300", "-1e300", "5e-324",
    "2.2250738585072014e-308", "1.7976931348623157e+308", "float('inf')",
    "float('-inf')", "float('nan')", "2.0 ** 63", "9007199254740993.0",
    "0.30000000000000004", "1e22", "1e23", "-3.75", "100.0", "0.015", "2.675",
]


def float_src(r):
    if r.random() < 0.8:
        src = r.choice(FLOAT_SRC)
    else:
        src = repr(r.uniform(-1000, 1000))
    return f"({src})" if not src[0].isalnum() or "/" in src or "*" in src else src


def num_src(r):
    return int_src(r) if r.random() < 0.5 else float_src(r)


ALPHABET = "abcXYZ  01_-.,:é ßİǅΣσ\t\n"
WORDS = ["", "a", "ab", "abc", "Hello", "hello world", "  pad  ", "a,b,,c", "x-y-z",
         "ΣίσυφοςΣ", "straße", "İstanbul", "ǅemal", "12", "-42", "3.5", "MiXeD cAsE",
         "tab\there", "line1\nline2\r\nline3", "aaa", "  ", "abcabcabc", "Title Case"]


def rand_str(r):
    if r.random() < 0.6:
        return r.choice(WORDS)
    return "".join(r.choice(ALPHABET) for _ in range(r.randint(0, 12)))


def str_src(r):
    return repr(rand_str(r))


def small(r, lo=-6, hi=6):
    return r.randint(lo, hi)


def label(src):
    return repr(src)


def show(src):
    """An item printing the value of `src` or the exception it raises."""
    return f"p({label(src)}, lambda: {src})"


def guard(stmt):
    """An item running `stmt` and printing the exception it raises, if any."""
    body = "\n".join("    " + ln for ln in stmt.splitlines())
    return f"try:\n{body}\nexcept Exception as e:\n    print('!', type(e).__name__, e)"


# ---------------------------------------------------------------- snippets
# Each returns (header_lines, items): header lines go at the top of the
# snippet function (definitions the items use); items are statements.


def snip_int_ops(r):
    items = []
    for _ in range(r.randint(4, 10)):
        a, b = int_src(r), int_src(r)
        k = r.random()
        if k < 0.45:
            op = r.choice(["+", "-", "*", "//", "%", "&", "|", "^", "/", "<", "<=", "==", "!=", ">", ">="])
            items.append(show(f"{a} {op} {b}"))
        elif k < 0.55:
            items.append(show(f"{a} {r.choice(['<<', '>>'])} {r.choice([0, 1, 2, 5, 31, 62, 63, 64, 65, 100, 200, -1])}"))
        elif k < 0.62:
            items.append(show(f"{a} ** {r.choice([0, 1, 2, 3, 5, 10, -1, -2])}"))
        elif k < 0.7:
            m = r.choice(["7", "1", "-1", "0", "(2 ** 64)", "1000000007", "(-13)", "(2 ** 63 - 1)"])
            e = r.choice(["0", "1", "5", "(2 ** 64)", "(-1)", "12345678901234567890"])
            items.append(show(f"pow({a}, {e}, {m})"))
        elif k < 0.77:
            items.append(show(f"divmod({a}, {b})"))
        elif k < 0.85:
            f = r.choice(["abs({})", "~{}", "-{}", "+{}", "({}).bit_length()", "({}).bit_count()",
                          "({}).as_integer_ratio()", "hash({})", "bool({})", "float({})",
                          "hex({})", "oct({})", "bin({})", "str({})", "int({})", "round({}, -2)",
                          "round({}, -20)", "({}).numerator", "({}).denominator"])
            items.append(show(f.format(a)))
        elif k < 0.93:
            spec = r.choice([",", "_", "x", "#x", "X", "b", "#o", "+d", " d", ">25", "<12", "^15",
                             "020", "=+20", "e", ".3e", ".2f", "g", "%", "_b", ",d", "c", ".5",
                             "#_x", "0=12"])
            items.append(show(f"format({a}, {spec!r})"))
            items.append(show(f"f'{{{a}:{spec}}}'"))
        else:
            s = r.choice(["'  12 '", "'-0'", "'1_000'", "'0x1F'", "'1__0'", "'+7'", "'9' * 30",
                          "'-9223372036854775808'", "'18446744073709551616'", "'abc'", "''", "'1.5'",
                          "'٣'", "' -12_3 '"])
            base = r.choice(["", ", 0", ", 16", ", 36", ", 2", ", 1", ", 37"])
            items.append(show(f"int({s}{base})"))
    return [], items


def snip_float_ops(r):
    items = []
    for _ in range(r.randint(4, 10)):
        a, b = float_src(r), num_src(r)
        k = r.random()
        if k < 0.35:
            op = r.choice(["+", "-", "*", "/", "//", "%", "**", "<", "==", ">=", "!="])
            items.append(show(f"{a} {op} {b}"))
        elif k < 0.55:
            spec = r.choice([".3f", "e", ".2e", "g", ".10g", "%", "+.1f", "020.3f", ",.2f", "_.3f",
                             ">12", "#g", ".0f", ".0e", "", "r", ".1%", "^+14.4g", ".17g", "G", "E",
                             "12.3", ".0", "#.0f", "-", "=+10.2f"])
            items.append(show(f"format({a}, {spec!r})"))
        elif k < 0.75:
            f = r.choice(["repr({})", "str({})", "int({})", "round({})", "round({}, 2)",
                          "round({}, -1)", "round({}, 0)", "abs({})", "-{}", "({}).is_integer()",
                          "({}).hex()", "({}).as_integer_ratio()", "divmod({}, 0.75)",
                          "divmod({}, -2)", "{} == int({})", "bool({})", "float(repr({}))",
                          "max({}, 0.0)", "min({}, -0.0)", "str([{}])"])
            items.append(show(f.format(a, a)))
        elif k < 0.85:
            i = int_src(r)
            items.append(show(f"({i}) {r.choice(['<', '==', '>', '<=', '+', '*', '/'])} {a}"))
        else:
            s = r.choice(["'1e500'", "'-nan'", "'inf'", "'-Infinity'", "' 1.5 '", "'1_0.5'", "'abc'",
                          "'0x10'", "'.5'", "'5.'", "'1e-400'", "'-0'", "'nan'", "''"])
            items.append(show(f"float({s})"))
    return [], items


COMPLEX_SRC = [
    "0j", "1j", "(-1j)", "(1+2j)", "(3-4j)", "(-0.5+0.25j)", "complex(-0.0, -0.0)", "complex(0.0, -0.0)",
    "(1e16j)", "(1e-5+1e300j)", "complex(float('inf'), 1)", "complex(1, float('nan'))",
    "complex(float('-inf'), float('inf'))", "(2.5+0j)", "(0.1+0.2j)", "complex(1e308, 1e308)",
]


def complex_src(r):
    if r.random() < 0.8:
        return r.choice(COMPLEX_SRC)
    return f"complex({r.uniform(-100, 100)!r}, {r.uniform(-100, 100)!r})"


def snip_complex_ops(r):
    items = []
    for _ in range(r.randint(4, 10)):
        a = complex_src(r)
        b = r.choice([complex_src, num_src])(r)
        k = r.random()
        if k < 0.4:
            op = r.choice(["+", "-", "*", "/", "**", "==", "!=", "<", "//", "%"])
            if r.random() < 0.5:
                a, b = b, a
            items.append(show(f"{a} {op} {b}"))
        elif k < 0.6:
            spec = r.choice(["", ".3f", "e", ".2e", "g", ".10g", "+.1f", ">20", "<18.2f", "^+24.4g",
                             ".0f", "#g", "G", "E", "12.3", ".0", ",", "_.2f", "z.1f", "010", "=12", "%",
                             "n", "*^30"])
            items.append(show(f"format({a}, {spec!r})"))
        elif k < 0.85:
            f = r.choice(["repr({})", "str({})", "abs({})", "-{}", "+{}", "bool({})", "({}).real",
                          "({}).imag", "({}).conjugate()", "complex({})", "complex(repr({}))",
                          "int({})", "float({})", "round({})", "[{}, {}]", "{} == {}", "str(({},))"])
            items.append(show(f.format(a, a)))
        elif k < 0.93:
            f = r.choice(["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
                          "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar",
                          "isfinite", "isinf", "isnan"])
            items.append(show(f"cmath.{f}({a})"))
        else:
            s = r.choice(["'1+2j'", "' (3-4J) '", "'j'", "'-j'", "'1e3j'", "'nan+infj'", "'1 + 2j'",
                          "'(1+2j'", "'1_5j'", "''", "'abc'", "'-inf'", "'1e-3-2e+2j'", "'1+-2j'"])
            items.append(show(f"complex({s})"))
    return ["import cmath"], items


STR_METHODS = [
    "{s}.upper()", "{s}.lower()", "{s}.title()", "{s}.capitalize()", "{s}.swapcase()",
    "{s}.casefold()", "{s}.strip()", "{s}.lstrip({c})", "{s}.rstrip({c})", "{s}.split()",
    "{s}.split({c})", "{s}.split({c}, {n})", "{s}.rsplit({c}, {n})", "{s}.rsplit(None, {n})",
    "{s}.splitlines()", "{s}.splitlines(True)", "{c}.join({s})", "{c}.join([{s}, {t}])",
    "{s}.replace({c}, {t})", "{s}.replace({c}, {t}, {n})", "{s}.find({c})", "{s}.rfind({c})",
    "{s}.find({c}, {n})", "{s}.index({c})", "{s}.rindex({c})", "{s}.count({c})",
    "{s}.startswith({c})", "{s}.endswith(({c}, {t}))", "{s}.partition({c})",
    "{s}.rpartition({c})", "{s}.center({w})", "{s}.center({w}, '*')", "{s}.ljust({w}, '.')",
    "{s}.rjust({w})", "{s}.zfill({w})", "{s}.isdigit()", "{s}.isalpha()", "{s}.isalnum()",
    "{s}.isspace()", "{s}.isupper()", "{s}.islower()", "{s}.istitle()", "{s}.isidentifier()",
    "{s}.isprintable()", "{s}.isascii()", "{s}.isdecimal()", "{s}.isnumeric()",
    "{s}.expandtabs({n})", "{s}.removeprefix({c})", "{s}.removesuffix({c})", "len({s})",
    "{s} * {n}", "{s} + {t}", "{s} < {t}", "{c} in {s}", "sorted({s})", "list(reversed({s}))",
    "{s}[{i}]", "{s}[{i}:{j}]", "{s}[{i}:{j}:{k}]", "{s}[::{k}]", "repr({s})", "ascii({s})",
    "str({s})", "max({s})", "min({s}, default='?')", "[ord(ch) for ch in {s}]",
    "{s}.encode" if False else "{s}.count('')",
    "'%s|%r|%5s|%-5s|%.2s' % ({s}, {s}, {s}, {s}, {s})", "'%d %x %05.1f' % ({n}, {n}, {n})",
    "'{{0!r:>{w}}}|{{1}}'.format({s}, {t})", "f'{{s!r:^{w}}}'", "f'{{s:>{w}}}|{{t=}}'",
    "f'{{s:.{n}}}'", "f'{{s!a}}{{t[:2]:*<{w}}}'", "{s}.format_map({{'a': 1}})", "format({s}, '<{w}')",
]


def snip_strings(r):
    items = []
    for _ in range(r.randint(4, 10)):
        tmpl = r.choice(STR_METHODS)
        fstr = tmpl.startswith("f'")
        if fstr:
            # Quotes and backslashes are not allowed inside an f-string's
            # expressions in 3.11: the operands are locals.
            items.append(f"s = {str_src(r)}\nt = {str_src(r)}")
        src = tmpl.format(
            s="s" if fstr else str_src(r), t="t" if fstr else str_src(r), c=repr(r.choice(["", " ", "a", ",", "-", "ab", "Σ", "\n", "ß", "x"])),
            n=r.randint(-2, 5), w=r.randint(0, 14), i=small(r, -15, 15), j=small(r, -15, 15),
            k=r.choice([1, -1, 2, -2, 3, 0]),
        )
        items.append(show(src))
    return [], items


BYTES_VALUES = [b"", b"a", b"abc", b"hello world", b"  x y  ", b"a,b,,c", b"\x00\xff", b"AbC dEf",
                b"tab\tsep\nline\r\n", b"'q'", b'"dq"', b"12", b"-7", b"caf\xc3\xa9", b"\x80abc"]

BYTES_METHODS = [
    "{b}.find({c})", "{b}.rfind({c}, {i})", "{b}.count({c})", "{b}.index({c})", "{b}.rindex({c}, {i}, {j})",
    "{b}.startswith({c})", "{b}.endswith(({c}, {d}))", "{b}.split()", "{b}.split({c}, {n})",
    "{b}.rsplit(None, {n})", "{b}.splitlines({k})", "{b}.partition({c})", "{b}.rpartition({c})",
    "{b}.strip({c})", "{b}.lstrip()", "{b}.rstrip({c})", "{b}.replace({c}, {d}, {n})", "{c}.join([{b}, {d}])",
    "{b}.upper()", "{b}.lower()", "{b}.title()", "{b}.capitalize()", "{b}.swapcase()",
    "{b}.isalnum()", "{b}.isalpha()", "{b}.isdigit()", "{b}.isspace()", "{b}.istitle()", "{b}.isupper()",
    "{b}.center({w}, {f})", "{b}.ljust({w})", "{b}.rjust({w}, {f})", "{b}.zfill({w})", "{b}.expandtabs({k})",
    "{b}.removeprefix({c})", "{b}.removesuffix({c})", "{b}.hex()", "{b}.hex(':', {k})",
    "bytes.fromhex({b}.hex())", "{b}.decode('utf-8', 'replace')", "{b}.decode('latin-1')",
    "{b}.decode('ascii', 'backslashreplace')", "{b}[{i}]", "{b}[{i}:{j}]", "{b}[::{k}]", "{b} + {c}",
    "{b} * {n}", "{c} in {b}", "{i} in {b}", "{b} < {c}", "{b} == {c}", "hash({b}) == hash({b}.decode('latin-1'))",
    "list({b})", "bytes({b})", "bytearray({b}) + {c}", "len({b})", "{b}.translate(None, {c})",
    "b'%s-%d-%x' % ({b}, {i}, {n})", "b'%r' % ({b},)", "memoryview({b}).tolist()",
    "memoryview({b})[{i}:{j}].tobytes()", "{s}.encode('utf-16')", "{s}.encode('ascii', 'xmlcharrefreplace')",
    "{s}.encode('utf-32-be').decode('utf-32-be')",
]

BYTEARRAY_OPS = [
    "a.append({n})", "a.extend({c})", "a.insert({i}, {n})", "a.pop()", "a.pop({i})", "a.remove({n})",
    "a.reverse()", "a.clear()", "a += {c}", "a *= {k}", "a[{i}] = {n}", "a[{i}:{j}] = {c}",
    "del a[{i}]", "del a[{i}:{j}]", "a[::{k}] = bytes(len(a[::{k}]))",
]


def snip_bytes(r):
    def b():
        return repr(r.choice(BYTES_VALUES))

    def fmt(tmpl):
        return tmpl.format(
            b=b(), c=b(), d=b(), s=str_src(r), i=small(r, -8, 12), j=small(r, -8, 12),
            n=r.choice([0, 1, 2, -1, 97, 255, 256]), k=r.choice([1, -1, 2, -2, 3, 0]),
            w=r.randint(0, 14), f=r.choice(["b'*'", "b'-'", "b'ab'", "'x'"]),
        )

    items = [show(fmt(r.choice(BYTES_METHODS))) for _ in range(r.randint(4, 9))]
    items.append(f"a = bytearray({b()})")
    for _ in range(r.randint(1, 5)):
        items.append(guard(fmt(r.choice(BYTEARRAY_OPS))))
        items.append("print(a)")
    if r.random() < 0.6:
        items.extend(memoryview_items(r))
    return [], items


# Multi-dimensional memoryviews: a buffer of N bytes cast to a random
# format and shape (often a valid one), then read, written and compared.
MV_FORMATS = ["B", "b", "c", "h", "H", "i", "I", "q", "Q", "d", "f", "?", "n", "N", "@B"]

MV_OPS = [
    "v.shape", "v.strides", "v.ndim", "v.nbytes", "v.itemsize", "v.format", "len(v)",
    "v.tolist()", "v.tobytes()", "v.tobytes('F')", "v.tobytes('A')", "v.hex()", "v.hex(':', {k})",
    "(v.c_contiguous, v.f_contiguous, v.contiguous)", "v.suboffsets",
    "v[{idx}]", "v[{i}]", "v[{i}:{j}].shape", "v[{i}:{j}].tolist()", "v[::{k}].tolist()",
    "v[::{k}].tobytes('F')", "v[:, :]", "v[{i}, :]", "v[()]", "v[...].shape",
    "v == w", "v == v.tobytes()", "v[::{k}] == w[::{k}]", "v.cast('B').tolist()",
    "v.cast('B', [{n}]).shape", "v.cast('B', {shape}).tolist()", "v[::{k}].cast('B').tolist()",
    "list(v)", "{i} in v",
    "bytes(v)", "hash(v.toreadonly()) if v.format in 'Bbc' else 0", "memoryview(v).shape",
    "v.toreadonly().tolist() == v.tolist()",
]

MV_WRITES = ["v[{idx}] = {val}", "v[{i}] = {val}", "v[()] = {val}", "v[{i}:{j}] = w[{i}:{j}]",
             "v[:, :] = w"]


def memoryview_items(r):
    n = r.choice([0, 1, 2, 4, 6, 8, 12, 16, 24, 32, 48])
    fmt = r.choice(MV_FORMATS)

    def shape():
        k = r.choice([0, 1, 2, 2, 3, 3, 4])
        dims = [r.choice([1, 1, 2, 2, 3, 4, 6]) for _ in range(k)]
        if r.random() < 0.1:
            dims.append(r.choice([0, -1, 2.0, "2"]))
        return repr(dims if r.random() < 0.7 else tuple(dims))

    def fill():
        return dict(
            idx=", ".join(str(small(r, -4, 5)) for _ in range(r.randint(0, 4))) or "()",
            i=small(r, -6, 8), j=small(r, -6, 8), k=r.choice([1, -1, 2, -2, 3]),
            n=r.choice([n, n // 2, 1, 0]), shape=shape(),
            val=r.choice(["0", "1", "-1", "255", "256", "1.5", "b'x'", "True", "2 ** 63"]),
        )

    src = f"bytearray(range({n}))" if r.random() < 0.8 else f"bytes(range({n}))"
    items = [f"m = memoryview({src})",
             guard(f"v = m.cast({fmt!r}, {shape()})"),
             guard(f"w = memoryview(bytes(range({n}))).cast({fmt!r}, v.shape)")]
    for _ in range(r.randint(3, 8)):
        if r.random() < 0.25:
            items.append(guard(r.choice(MV_WRITES).format(**fill())))
            items.append(show("v.tolist()"))
        else:
            items.append(show(r.choice(MV_OPS).format(**fill())))
    return items


SURROGATE_VALUES = ["'\\ud800'", "'a\\udc80b'", "'\\udfff\\ud800'", "chr(0xdbff)", "'x\\ud83d\\ude00'",
                    "'\\ue000'", "'\\U0010ffff'", "'abc'", "'\\xe9\\udcff'", "'\\U0001f600'", "''"]

SURROGATE_BLOBS = ["b'a\\xff\\xfeb'", "b'a\\xed\\xa0\\x80b'", "b'\\xed\\xb2'", "b'\\x00\\xd8'", "b'\\x00\\xdc\\x80'",
                   "b'abc'", "b'\\xf0\\x80\\x80'", "b'\\x3d\\xd8\\x00\\xde'"]

SURROGATE_OPS = [
    "{s} + {t}", "{s} < {t}", "{s} >= {t}", "{s} == {t}", "sorted([{s}, {t}, {u}])", "max({s} + {t} or 'z')",
    "hash({s})", "len({s} * {n})", "{s}[{i}:{j}]", "{s}[::-1]", "[ord(c) for c in {s}]", "{s}.find({t})",
    "{t} in {s}", "{s}.upper()", "{s}.replace({t}, '-')", "{s}.split({t} or None)", "'%r|%a' % ({s}, {t})",
    "format(ascii({s}), '>{w}')", "{s}.encode('utf-8', {e})", "{s}.encode('utf-16-le', {e})", "{s}.encode('utf-32', {e})",
    "{s}.encode('latin-1', {e})", "{s}.encode('ascii', {e})", "{b}.decode('utf-8', {e})",
    "{b}.decode('utf-16-le', {e})", "{b}.decode('ascii', {e})", "{b}.decode('utf-32-be', {e})",
    "{s}.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == {s}",
    "{b}.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == {b}",
    "{s}.translate({{0xd800: 'X', 0xdc80: None}})", "chr({cp})", "'%c' % {cp}", "{s}.isprintable()",
    "{{{s}: 1, {t}: 2}}", "{s}.center({w}, '\\udc80')",
]


def snip_surrogates(r):
    def fmt(tmpl):
        return tmpl.format(
            s=r.choice(SURROGATE_VALUES), t=r.choice(SURROGATE_VALUES), u=r.choice(SURROGATE_VALUES),
            b=r.choice(SURROGATE_BLOBS), i=small(r, -4, 6), j=small(r, -4, 6), n=r.randint(0, 3),
            w=r.randint(0, 9), cp=r.choice([0xD800, 0xDBFF, 0xDC80, 0xDFFF, 0xE000, 0x10FFFF]),
            e=repr(r.choice(["strict", "surrogateescape", "surrogatepass", "replace", "ignore",
                             "backslashreplace", "xmlcharrefreplace"])),
        )

    return [], [show(fmt(r.choice(SURROGATE_OPS))) for _ in range(r.randint(4, 10))]


def rand_scalar(r):
    k = r.random()
    if k < 0.4:
        return str(r.randint(-5, 20))
    if k < 0.6:
        return repr(r.choice(["a", "b", "c", "zz", "", "key", "Σ"]))
    if k < 0.7:
        # No None: its hash is its address in alc (an intended difference),
        # so sets holding it are ordered differently.
        return r.choice(["1.0", "2.5", "-0.0", "True", "False"])
    if k < 0.85:
        return f"({r.randint(0, 3)}, {repr(r.choice(['x', 'y']))})"
    return lit_int(r.choice(INTS))


def list_src(r, n=None):
    n = r.randint(0, 6) if n is None else n
    return "[" + ", ".join(str(r.randint(-9, 9)) for _ in range(n)) + "]"


def snip_lists(r):
    items = [f"xs = {list_src(r, r.randint(0, 8))}", f"ys = {list_src(r)}"]
    ops = [
        "xs.append({v})", "xs.extend(ys)", "xs.insert({i}, {v})", "p('pop', lambda: xs.pop({i}))",
        "p('pop0', lambda: xs.pop())", "p('remove', lambda: xs.remove({v}))",
        "p('index', lambda: xs.index({v}))", "print(xs.count({v}))", "xs.sort()",
        "xs.sort(reverse=True)", "xs.sort(key=lambda x: (x % 3, -x))", "xs.reverse()",
        "p('slice', lambda: xs[{i}:{j}:{k}])", "xs[{i}:{j}] = ys",
        guard("xs[{i}:{j}:{k}] = ys"),
        guard("del xs[{i}:{j}:{k2}]"), guard("del xs[{i}]"), "xs += ys[::-1]",
        "xs = xs * {n}", "print(xs == ys, xs < ys, xs + ys)", "print(sorted(xs + ys, key=abs))",
        "print(min(xs, default=None), max(xs, default=None), sum(xs))",
        "print(list(enumerate(xs, {i})))", "print(list(zip(xs, ys)))", "print(xs.copy(), ys[:])",
        "t = tuple(xs); print(t, t.count({v}), t + (1,), t[{i}:{j}])",
        "p('tindex', lambda: tuple(ys).index({v}))", "print([*xs, *ys], (*ys,))",
        "a, *b = xs or [0]; print(a, b)", "print(list(map(lambda x: x * 2, xs)), list(filter(None, ys)))",
        "print(list(reversed(xs)), xs[::-1] == list(reversed(xs)))",
        "print(any(x > 3 for x in xs), all(x < 5 for x in ys))",
        "print(sorted([(x % 3, str(x)) for x in xs]))", "ys.clear()",
        "p('idx', lambda: xs[{i}])", "print({v} in xs, xs.count({v}))",
    ]
    for _ in range(r.randint(5, 12)):
        items.append(r.choice(ops).format(
            v=r.randint(-9, 9), i=small(r, -9, 9), j=small(r, -9, 9), k=r.choice([1, -1, 2, -2, 3, 0]),
            k2=r.choice([1, -1, 2, -3]), n=r.randint(0, 2)))
    items.append("print(xs, ys)")
    return [], items


def snip_dicts(r):
    def dsrc():
        return "{" + ", ".join(f"{rand_scalar(r)}: {r.randint(0, 9)}" for _ in range(r.randint(0, 6))) + "}"
    items = [f"d = {dsrc()}", f"e = {dsrc()}"]
    ops = [
        "d[{k}] = {v}", "p('get', lambda: d[{k}])", "print(d.get({k}), d.get({k}, -1))",
        "p('pop', lambda: d.pop({k}))", "print(d.pop({k}, 'dflt'))", "p('popitem', lambda: d.popitem())",
        "print(d.setdefault({k}, {v}))", "d.update(e)", "d.update({k}={v})" if False else "d.update([({k}, {v})])",
        "print(d | e)", "d |= e", "print(list(d.keys()), list(d.values()), list(d.items()))",
        "print(d.keys() & e.keys(), d.keys() - e.keys(), d.keys() | e.keys(), d.items() ^ e.items())",
        guard("del d[{k}]"), "print(dict.fromkeys([{k}, {k2}], 0))",
        "print({{**d, {k}: 'x'}})", "print(len(d), {k} in d, d == e)",
        "print({{k: v for k, v in d.items() if v % 2}})", "print(sorted(d.values()), dict(zip('abc', d)))",
        "d2 = d.copy(); d2.clear(); print(d2, d)", "print(repr(d), str(e))",
        "for kk in list(d):\n    if d[kk] == {v}:\n        del d[kk]\nprint(d)",
    ]
    for _ in range(r.randint(5, 12)):
        items.append(r.choice(ops).format(k=rand_scalar(r), k2=rand_scalar(r), v=r.randint(0, 9)))
    items.append("print(d, e)")
    return [], items


def snip_sets(r):
    def ssrc():
        elems = [rand_scalar(r) for _ in range(r.randint(0, 7))]
        if not elems:
            return r.choice(["set()", "frozenset()"])
        if r.random() < 0.8:
            # A display of constants is where alc's order differs today
            # (README.md, excluded seeds); the list form adds them in order.
            return "{" + ", ".join(elems) + "}"
        return f"frozenset([{', '.join(elems)}])"
    items = [f"s = set({ssrc()})", f"t = {ssrc()}"]
    ops = [
        "s.add({k})", "s.discard({k})", "p('remove', lambda: s.remove({k}))", "p('pop', lambda: s.pop())",
        "print(s | t, s & t, s - t, s ^ t)", "print(s <= t, s < t, s >= t, s == t, s.isdisjoint(t))",
        "s.update(t)", "s.intersection_update(t)", "s.difference_update(t)",
        "s.symmetric_difference_update(t)", "print(s.union([{k}]), s.issubset(t), s.issuperset(t))",
        "print(sorted(s, key=repr), len(s), {k} in s)", "print(set(range({v})) | s)",
        "print({{x for x in s if x != {k}}})", "print(frozenset(s) == s, s.copy())",
        "print(list(s), repr(t))",
        "u = set()\nfor i in range({v} * 3):\n    u.add(i * 7 % 11)\n    if i % 2:\n        u.discard(i)\nprint(u)",
    ]
    for _ in range(r.randint(5, 12)):
        items.append(r.choice(ops).format(k=rand_scalar(r), v=r.randint(0, 9)))
    items.append("print(s, t)")
    return [], items


def snip_comprehensions(r):
    n = r.randint(0, 8)
    items = [f"n = {n}", f"xs = {list_src(r, r.randint(0, 8))}"]
    ops = [
        "print([x * y for x in range(n) for y in xs if (x + y) % 3])",
        "print({x % 4: x for x in xs})", "print({x % 5 for x in xs})",
        "print(sum(x * x for x in xs), max((x for x in xs), default=-1))",
        "print([[i * j for j in range(i)] for i in range(n)])",
        "g = (x + 1 for x in xs)\nprint(next(g, None), list(g), list(g))",
        "print([y for x in xs if (y := x * 2) > 3], sorted(set(abs(x) for x in xs)))",
        "print(list(zip(*[xs[i::2] for i in range(2)])))",
        "print(''.join(str(x) for x in xs), tuple(x for x in range(n) if x % 2))",
        "print([(i, c) for i, c in enumerate('abc') if i != n % 3])",
        "print(any(x > n for x in xs), all(x != n for x in xs), min(xs, default=0, key=lambda v: -v))",
        "print([f(2) for f in [lambda x, k=k: x + k for k in range(n)]])",
        "print([f(2) for f in [lambda x: x + k for k in range(n)]])",
        "print(dict((str(x), x) for x in xs if x > 0))",
    ]
    for _ in range(r.randint(3, 7)):
        items.append(r.choice(ops))
    return [], items


def snip_closures(r):
    a, b = r.randint(-5, 5), r.randint(1, 4)
    header = [
        "def counter(start, step):",
        "    n = start",
        "    def inc(k=1):",
        "        nonlocal n",
        "        n += step * k",
        "        return n",
        "    def get():",
        "        return n",
        "    return inc, get",
        "def compose(*fs):",
        "    def h(x):",
        "        for f in reversed(fs):",
        "            x = f(x)",
        "        return x",
        "    return h",
    ]
    items = [f"inc, get = counter({a}, {b})"]
    ops = [
        "print(inc(), inc({k}), get())", f"print(compose(lambda x: x * {b}, lambda x: x - {a})({{k}}))",
        "fs = []\nfor i in range({k} + 2):\n    fs.append(lambda: i * 10)\nprint([f() for f in fs])",
        "def mk(x):\n    return lambda y=x * 2: (x, y)\nprint(mk({k})(), mk({k})(0))",
        "def outer():\n    v = {k}\n    def mid():\n        def inner():\n            return v + 1\n        return inner\n    v += 1\n    return mid()()\nprint(outer())",
        "acc = []\ndef push(x, acc=acc):\n    acc.append(x)\n    return len(acc)\nprint(push({k}), push(2), acc)",
        "print(sorted(['bb', 'a', 'ccc', 'dd'], key=lambda s: (len(s) % {b2}, s)))",
        "def fa(a, b={k}, *, c=None):\n    \"doc {k}\"\n    return (a, b, c)\n"
        "print(fa.__doc__, fa.__defaults__, fa.__kwdefaults__, fa.__name__, fa.__qualname__)\n"
        "fa.__defaults__ = ({k} + 1,)\nfa.__kwdefaults__ = {{'c': {b2}}}\nprint(fa(0), fa(0, 1), fa.__dict__)",
        "def fb():\n    def inner(x=[{k}]):\n        return x\n    return inner\n"
        "print(fb().__qualname__, fb().__doc__, fb().__defaults__, (lambda *, q={b2}: q).__kwdefaults__)",
        "def fc(a: int, b: list[str] = [], *r: tuple[int, ...], c: dict[str, int] | None = None) -> int | None:\n"
        "    return a\nprint(fc.__annotations__, fc({k}))",
        "class An:\n    a: int = {k}\n    b: list[str] | None\n    def m(self, q: 'An') -> None:\n        r: undefined = 1\n"
        "print(An.__annotations__, An.a, An.m.__annotations__, An().m(An()))",
        "if __name__ == '__main__':\n    print('main', {k}, __doc__, __file__.endswith('.al'))",
        "print(isinstance({k}, int | str), isinstance(None, float | None), list[int] == list[int], "
        "int | str == str | int, repr(dict[str, list[int]]), (int | int | None).__args__)",
    ]
    for _ in range(r.randint(3, 7)):
        items.append(r.choice(ops).format(k=r.randint(-3, 5), b2=r.randint(1, 3)))
    return header, items


CLASS_V = """\
class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"V{tuple(self.xs)}"
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.xs == other.xs
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return sum(self.xs) < sum(other.xs)
    def __hash__(self):
        return hash(tuple(self.xs))
    def __add__(self, other):
        if isinstance(other, int):
            return V(*[x + other for x in self.xs])
        if isinstance(other, V):
            return V(*self.xs, *other.xs)
        return NotImplemented
    def __radd__(self, other):
        return self + other
    def __iter__(self):
        return iter(self.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __bool__(self):
        return bool(self.xs)
    def __contains__(self, x):
        return x in self.xs
class W(V):
    def __repr__(self):
        return "W" + super().__repr__()
    def __lt__(self, other):
        return len(self) < len(other)
"""


def snip_classes(r):
    def vsrc():
        cls = r.choice(["V", "V", "W"])
        return f"{cls}({', '.join(str(r.randint(-3, 5)) for _ in range(r.randint(0, 4)))})"
    items = [f"a = {vsrc()}", f"b = {vsrc()}", f"c = {vsrc()}"]
    ops = [
        "print(a, repr(b), str(c), [a, b])", "print(a == b, a != c, a < b, b > c, a <= a)",
        "print(a + b, a + {k}, {k} + b)", "p('add', lambda: a + 'x')", "p('radd', lambda: 'x' + a)",
        "print(sorted([a, b, c]), max([a, b, c]), min(a, b))", "print(len(a), list(b), a[{i}:])",
        "p('getitem', lambda: c[{i}])", "print({{a, b, c, {vv}}}, {{a: 1, b: 2}})",
        "print({k} in a, bool(b), [x for x in c if x])", "p('lt', lambda: a < 3)",
        "print(sum([a, b], V()), tuple(a), dict.fromkeys([a, b, a]))",
        "p('sum', lambda: sum([a, b]))", "print(isinstance(c, V), type(c).__name__, isinstance(a, W))",
        "x, *y = a or V(0)\nprint(x, y)", "print(hash(a) == hash(V(*a)), a == V(*a))",
        "print(list(V.__dict__), list(W.__dict__), type(W.__dict__).__name__, '__len__' in W.__dict__)",
        "p('dictset', lambda: V.__dict__.__setitem__('x', 1))", "print(V.__dict__['__len__'](c), len(V.__dict__))",
    ]
    for _ in range(r.randint(4, 9)):
        items.append(r.choice(ops).format(k=r.randint(-2, 4), i=small(r, -4, 4), vv=vsrc()))
    return CLASS_V.splitlines(), items


EXC_TYPES = ["ValueError", "KeyError", "IndexError", "TypeError", "ZeroDivisionError",
             "RuntimeError", "AttributeError", "LookupError", "ArithmeticError", "MyErr"]


def snip_exceptions(r):
    header = [
        "class MyErr(ValueError):",
        "    def __init__(self, code):",
        "        super().__init__(f'code {code}')",
        "        self.code = code",
        "log = []",
    ]
    depth = r.randint(1, 4)
    raised = r.choice(EXC_TYPES)
    arg = r.choice(["1", "'msg'", "", "'a', 2"]) if raised != "MyErr" else str(r.randint(0, 9))
    trigger = r.choice([
        f"raise {raised}({arg})", "return 1 // x", "return [1, 2][x + 5]", "return {'a': 1}[x]",
        "return int('x' + str(x))", "return None.foo", "return x + 'a'",
    ])
    for lvl in range(depth):
        name = f"f{lvl}"
        if lvl == 0:
            header += [f"def {name}(x):", "    log.append('f0')", "    if x is not None:", f"        {trigger}", "    return x"]
            continue
        callee = f"f{lvl - 1}(x)"
        kind = r.choice(["plain", "finally", "catch", "catch_reraise", "from", "context", "else"])
        exc = r.choice(EXC_TYPES + ["Exception"])
        header.append(f"def {name}(x):")
        if kind == "plain":
            header.append(f"    return {callee}")
        elif kind == "finally":
            header += ["    try:", f"        return {callee}", "    finally:", f"        log.append('fin{lvl}')"]
        elif kind == "catch":
            header += ["    try:", f"        return {callee}", f"    except {exc} as e:",
                       f"        log.append(('caught{lvl}', type(e).__name__, str(e)))", f"        return {lvl}"]
        elif kind == "catch_reraise":
            header += ["    try:", f"        return {callee}", f"    except {exc}:",
                       f"        log.append('re{lvl}')", "        raise"]
        elif kind == "from":
            header += ["    try:", f"        return {callee}", f"    except {exc} as e:",
                       f"        raise RuntimeError('wrapped {lvl}') from e"]
        elif kind == "context":
            header += ["    try:", f"        return {callee}", f"    except {exc}:",
                       f"        raise KeyError({lvl})"]
        else:
            header += ["    try:", f"        v = {callee}", f"    except {exc}:", "        v = -1",
                       "    else:", "        v = v * 2", "    finally:", f"        log.append('e{lvl}')", "    return v"]
    top = f"f{depth - 1}"
    items = []
    for arg in r.sample(["None", "0", "3", "'a'", "-5"], r.randint(2, 4)):
        items.append(
            f"try:\n    print({top}({arg}))\nexcept Exception as e:\n"
            f"    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)\n"
            f"    if isinstance(e, MyErr):\n        print(e.code, e.args)\n"
            f"finally:\n    print(log)\n    log.clear()")
    if r.random() < 0.3:
        items.append(f"p('exc', lambda: {top}(0))")
    return header, items


EG_LEAVES = ["ValueError(1)", "TypeError('t')", "KeyError('k')", "OSError(2, 'os')", "ValueError('v')",
             "IndexError(0)", "ZeroDivisionError()", "MyErr(3)"]
EG_TYPES = ["ValueError", "TypeError", "LookupError", "OSError", "(ValueError, KeyError)", "Exception",
            "ArithmeticError", "MyErr", "(IndexError, ZeroDivisionError)"]


def eg_src(r, depth=0):
    parts = []
    for _ in range(r.randint(1, 3)):
        if depth < 2 and r.random() < 0.3:
            parts.append(eg_src(r, depth + 1))
        else:
            parts.append(r.choice(EG_LEAVES))
    return f"ExceptionGroup('g{depth}', [{', '.join(parts)}])"


def snip_exception_groups(r):
    header = [
        "class MyErr(ValueError):",
        "    pass",
        "def check(e):",
        "    return isinstance(e, (TypeError, MyErr))",
    ]
    items = []
    for _ in range(r.randint(2, 5)):
        kind = r.choice(["split", "subgroup", "star", "star", "star", "naked"])
        g = eg_src(r)
        cond = r.choice(EG_TYPES + ["check"])
        if kind == "split":
            items.append(f"p('split', lambda: {g}.split({cond}))")
        elif kind == "subgroup":
            items.append(f"p('subgroup', lambda: {g}.subgroup({cond}))")
        else:
            raised = g if kind == "star" else r.choice(EG_LEAVES)
            lines = ["try:", "    try:", f"        raise {raised}"]
            for i, t in enumerate(r.sample([t for t in EG_TYPES if t != "Exception"], r.randint(1, 3))):
                action = r.choice(["pass", "pass", "raise", f"raise RuntimeError('h{i}')"])
                lines += [f"    except* {t} as e:", f"        print('clause {i}', repr(e))",
                          f"        {action}"]
            if r.random() < 0.5:
                lines += ["    finally:", "        print('finally')"]
            lines += ["except BaseException as e:", "    print('escaped', repr(e))"]
            items.append("\n".join(lines))
    return header, items


def snip_generators(r):
    header = [
        "def g(n):",
        "    total = 0",
        "    try:",
        "        for i in range(n):",
        "            got = yield i * 10",
        "            if got is not None:",
        "                total += got",
        "                if got < 0:",
        "                    raise ValueError(f'neg {got}')",
        "    except KeyError as e:",
        "        print('g caught', repr(e))",
        "        yield 'after-key'",
        "    finally:",
        "        print('g finally', total)",
        "    return total",
        "def outer(n):",
        "    r = yield from g(n)",
        "    print('outer got', r)",
        "    yield r",
    ]
    items = [f"it = {r.choice(['g', 'outer'])}({r.randint(0, 4)})"]
    ops = [
        "p('next', lambda: next(it))", "p('send', lambda: it.send({v}))",
        "p('throw', lambda: it.throw(KeyError('k')))", "p('throwv', lambda: it.throw(ValueError('v')))",
        "p('close', lambda: it.close())", "p('list', lambda: list(it))",
        "try:\n    next(it)\nexcept StopIteration as e:\n    print('stop', e.value)\nexcept Exception as e:\n    print('!', type(e).__name__, e)",
        "print(list(g({v2})), sum(g({v2})))", "p('send1', lambda: g(2).send(5))",
    ]
    for _ in range(r.randint(3, 9)):
        items.append(r.choice(ops).format(v=r.randint(-3, 5), v2=r.randint(0, 4)))
    items.append("p('end', lambda: it.close())")
    return header, items


def snip_with(r):
    header = [
        "class CM:",
        "    def __init__(self, name, suppress):",
        "        self.name = name",
        "        self.suppress = suppress",
        "    def __enter__(self):",
        "        print('enter', self.name)",
        "        return self.name.upper()",
        "    def __exit__(self, t, v, tb):",
        "        print('exit', self.name, t.__name__ if t else None, v)",
        "        return self.suppress",
    ]
    items = []
    for _ in range(r.randint(2, 5)):
        body = r.choice(["print('body', x)", "raise ValueError('in body')", "print(1 // 0)",
                         "print([x][2])", "x = x * 2\nprint(x)"])
        body = "\n".join("        " + ln for ln in body.splitlines())
        s1, s2 = r.choice(["True", "False", "None", "0", "1"]), r.choice(["True", "False"])
        if r.random() < 0.5:
            head = f"with CM('a', {s1}) as x, CM('b', {s2}) as y:"
        else:
            head = f"with CM('c', {s1}) as x:"
        items.append(f"def body():\n    {head}\n{body}\n    return 'done'\np('with', body)")
        if r.random() < 0.3:
            items.append(f"for i in range(3):\n    with CM(str(i), {s1}):\n        if i == 1:\n            break\n        continue")
    return header, items


MATCH_CASES = [
    ("0 | 1", "'small'"), ("int(n) if n < 0", "f'neg {n}'"), ("[a, *rest]", "f'seq {a} {rest}'"),
    ("[]", "'empty'"), ("(a, b)", "f'pair {a} {b}'"), ("{'k': v, **kw}", "f'map {v} {kw}'"),
    ("str() as s if len(s) > 2", "'str ' + s"), ("str(s)", "'short ' + s"), ("None", "'none'"),
    ("True", "'true'"), ("P(x=0, y=yy)", "f'P on axis {yy}'"), ("P(a, b) if a == b", "f'P diag {a}'"),
    ("P()", "'some P'"), ("float(f)", "f'float {f}'"), ("{'t': 'pt', 'xy': [x, y]}", "f'pt {x},{y}'"),
    ("[int(), int(), *_]", "'ints'"), ("(1 | 2 | 3) as k", "f'k {k}'"), ("-1", "'minus one'"),
]


def snip_match(r):
    header = [
        "class P:",
        "    __match_args__ = ('x', 'y')",
        "    def __init__(self, x, y):",
        "        self.x = x",
        "        self.y = y",
        "def m(v):",
        "    match v:",
    ]
    for pat, res in r.sample(MATCH_CASES, r.randint(4, 10)):
        header += [f"        case {pat}:", f"            return {res}"]
    if r.random() < 0.7:
        header += ["        case _:", "            return 'other'"]
    subjects = ["0", "1", "-1", "-7", "3", "True", "None", "2.5", "'ab'", "'abcd'", "[]", "[1]", "[1, 2, 3]",
                "(4, 5)", "{'k': 1, 'z': 2}", "{'t': 'pt', 'xy': [1, 2]}", "P(0, 5)", "P(2, 2)", "P(1, 3)",
                "range(2)", "{'k': None}", "[1, 'a']", "(1, 2.0)"]
    items = [f"print(m({s}))" for s in r.sample(subjects, r.randint(5, 12))]
    return header, items


# Library modules and expressions over them; `{a}`/`{b}` are small ints,
# `{xs}` a list of ints, `{f}` a float, `{s}` a string, `{n}` a small count.
MODULE_OPS = {
    "math": [
        "math.floor({f})", "math.ceil({f})", "math.trunc({f})", "math.gcd({a}, {b})",
        "math.lcm({a}, {b})", "math.isqrt(abs({a}) * 1000003)", "math.comb(abs({a}) + 5, {n})",
        "math.perm(abs({a}) + 3, {n})", "math.factorial({n} * 3)", "math.fsum({xs} + [0.1] * {n})",
        "math.sqrt(abs({f}))", "math.log(abs({f}) + 1)", "math.log({a} ** 40 + 1, 10)",
        "math.hypot({a}, {b})", "math.copysign({f}, {a})", "math.isclose({f}, {f} + 1e-12)",
        "math.prod({xs})", "math.fmod({f}, {a} or 1)", "math.modf({f})", "math.frexp({f})",
        "math.exp({a})", "math.atan2({a}, {b})", "(math.pi, math.e, math.inf, math.tau)",
    ],
    "itertools": [
        "list(itertools.islice(itertools.count({a}, {b}), {n}))",
        "list(itertools.accumulate({xs}))", "list(itertools.combinations({xs}, {n}))",
        "list(itertools.permutations({xs}[:4], 2))", "list(itertools.product('ab', repeat={n}))",
        "[(k, list(g)) for k, g in itertools.groupby(sorted({xs}), key=lambda x: x % 3)]",
        "list(itertools.zip_longest({xs}, 'abc', fillvalue=0))",
        "list(itertools.chain({xs}, [{a}], 'xy'))", "list(itertools.pairwise({xs}))",
        "list(itertools.compress({xs}, [1, 0, 1]))", "list(itertools.takewhile(lambda x: x < 3, {xs}))",
        "list(itertools.starmap(pow, [(2, {n}), (3, 2)]))", "list(itertools.repeat({a}, {n}))",
    ],
    "collections": [
        "collections.Counter({s}).most_common({n})", "sorted(collections.Counter({xs}).items())",
        "collections.deque({xs}, maxlen={n} + 1)", "collections.Counter({xs}) + collections.Counter([{a}, {b}])",
        "dict(collections.OrderedDict(zip('abc', {xs})))",
        "collections.namedtuple('Pt', 'x y')({a}, {b})", "collections.namedtuple('Pt', 'x y')({a}, {b})._asdict()",
        "sorted(collections.defaultdict(list, {{{a}: [1]}}).items())",
    ],
    "functools": [
        "functools.reduce(lambda x, y: x * 2 + y, {xs}, {a})", "functools.reduce(max, {xs})",
        "functools.partial(pow, {a})({n})", "functools.cmp_to_key(lambda x, y: y - x)({a}) < functools.cmp_to_key(lambda x, y: y - x)({b})",
        "sorted({xs}, key=functools.cmp_to_key(lambda x, y: (x % 3) - (y % 3)))",
    ],
    "heapq": [
        "heapq.nsmallest({n}, {xs})", "heapq.nlargest({n}, {xs}, key=abs)",
        "list(heapq.merge(sorted({xs}), sorted([{a}, {b}])))",
    ],
    "bisect": [
        "bisect.bisect_left(sorted({xs}), {a})", "bisect.bisect_right(sorted({xs}), {a})",
        "bisect.bisect(sorted({xs}), {b}, 1)",
    ],
    "json": [
        "json.dumps({{'k': {xs}, 'f': {f}, 's': {s}}}, sort_keys=True)",
        "json.loads(json.dumps({xs}))", "json.dumps({s})", "json.dumps({xs}, indent={n})",
        "json.loads('[1, 2.5, \"x\", null, true, {{\"a\": []}}]')", "json.loads({s})",
    ],
    "operator": [
        "sorted([({a}, 'x'), ({b}, 'y')], key=operator.itemgetter(0))",
        "operator.add({a}, {b})", "operator.mul({s}, {n})", "operator.attrgetter('real')({f})",
        "operator.methodcaller('count', 1)({xs})", "operator.neg({a})", "operator.truth({a})",
    ],
    "random": [
        "(random.seed({a}), random.randint(0, 100), random.random())[1:]",
        "(random.seed({a}), random.choice({xs} or [0]), random.sample(range(20), {n}))[1:]",
        "(random.seed({b}), random.uniform(1, 2), random.randrange(0, 50, 3))[1:]",
    ],
    "string": [
        "string.capwords({s})", "(string.digits, string.ascii_lowercase[:{n}])",
    ],
    "copy": [
        "copy.deepcopy([{xs}, {{'a': {xs}}}])", "copy.copy({xs})",
    ],
    "collections.abc": [
        "[isinstance(x, collections.abc.Sequence) for x in ({xs}, {s}, (1,), {{1: 2}}, {{3}}, range({n}))]",
        "[isinstance(x, collections.abc.Hashable) for x in ({xs}, {s}, {a}, None)]",
        "[issubclass(t, collections.abc.MutableMapping) for t in (dict, list, collections.OrderedDict)]",
        "isinstance(iter({xs}), collections.abc.Iterator)",
    ],
    "typing": [
        "typing.List[int]", "typing.Optional[typing.Dict[str, int]]", "typing.Union[int, str, None]",
        "typing.Callable[[int], str]", "typing.get_origin(typing.List[int])",
    ],
    "time": [
        "time.strftime('%Y-%m-%d %H:%M:%S %a %j', time.gmtime({a} * 86400 * 37))",
        "tuple(time.gmtime(abs({a}) * 1000003))", "time.asctime(time.gmtime({b} * 99991))",
    ],
    "os.path": [
        "os.path.join('a', {s}, 'b')", "os.path.splitext('dir/file' + {s} + '.txt')",
        "os.path.basename('/x/y/' + {s})", "os.path.normpath('a/./b/../c/' + {s})",
        "os.path.dirname('/p/q/r')", "os.path.isabs({s})", "os.sep",
    ],
    "io": [
        "io.StringIO({s} + '\\nsecond\\n').readlines()",
        "(lambda f: (f.write({s}), f.getvalue())[1])(io.StringIO())",
    ],
    "sys": [
        "sys.maxsize", "sys.version_info[:2]", "sys.byteorder", "isinstance(sys.argv, list)",
    ],
    "dataclasses": [
        "dataclasses.make_dataclass('P', ['x', ('y', int, dataclasses.field(default={b}))])({a})",
        "dataclasses.asdict(dataclasses.make_dataclass('P', [('x', int), ('y', list)])({a}, {xs}))",
        "dataclasses.astuple(dataclasses.make_dataclass('P', ['x', 'y'], frozen=True)({a}, {s}))",
        "sorted([dataclasses.make_dataclass('P', ['x'], order=True)(v) for v in {xs}])",
        "dataclasses.replace(dataclasses.make_dataclass('P', ['x', 'y'])({a}, {b}), y={s})",
        "dataclasses.make_dataclass('P', ['x', 'y'])({a}, {b}) == dataclasses.make_dataclass('P', ['x', 'y'])({a}, {b})",
    ],
}


def snip_modules(r):
    names = r.sample(sorted(MODULE_OPS), r.randint(1, 3))
    header = [f"import {n}" for n in names]
    items = []
    for _ in range(r.randint(3, 8)):
        m = r.choice(names)
        op = r.choice(MODULE_OPS[m])
        xs = list_src(r, r.randint(0, 6))
        src = op.format(a=small(r, -9, 9), b=small(r, -9, 9), xs=xs, f=float_src(r),
                        s=str_src(r), n=r.randint(0, 3))
        items.append(show(src))
    return header, items


DUNDER_BINARY = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
                 "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
                 "__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "__divmod__", "__rdivmod__",
                 "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__contains__", "__getitem__",
                 "__mul__", "__rmul__", "__rand__", "__ror__", "__rxor__"]
DUNDER_UNARY = ["__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__int__", "__float__", "__index__",
                "__len__", "__hash__", "__repr__", "__str__", "__round__", "__trunc__", "__floor__",
                "__ceil__", "__getnewargs__", "__complex__", "__reversed__", "__iter__"]
RECEIVERS = ["int", "float", "str", "list", "tuple", "dict", "set", "frozenset", "complex", "bool", "range"]


def dunder_operand(r):
    return r.choice([int_src, float_src, str_src, complex_src, list_src,
                     lambda r: "(1, 2, 3)", lambda r: "{1, 2}", lambda r: "frozenset({2, 5})",
                     lambda r: "{'a': 1}", lambda r: "range(5)", lambda r: "True"])(r)


# Operators whose second operand must stay small: a sequence repeated or a
# number raised or shifted by a big int would take CPython minutes.
DUNDER_SMALL_RHS = {"__mul__", "__rmul__", "__pow__", "__rpow__", "__lshift__", "__rlshift__"}


def dunder_rhs(r, m):
    if m in DUNDER_SMALL_RHS:
        return r.choice([str(small(r, -3, 8)), "2.5", "True", "'ab'", "1j", "[1]"])
    return dunder_operand(r)


def snip_special_methods(r):
    """Special methods and methods of built-in types called as attributes:
    bound (`(5).__add__(3)`), unbound (`int.__add__(5, 3)`), and the
    descriptors themselves."""
    items = []
    for _ in range(r.randint(4, 10)):
        k = r.random()
        a = dunder_operand(r)
        if k < 0.4:
            m = r.choice(DUNDER_BINARY)
            if m in ("__rpow__", "__rlshift__", "__rmul__"):
                # The receiver is the exponent, shift or count here.
                a = str(small(r, -3, 8))
            items.append(show(f"({a}).{m}({dunder_rhs(r, m)})"))
        elif k < 0.65:
            m = r.choice(DUNDER_UNARY)
            src = f"({a}).{m}()"
            if m in ("__reversed__", "__iter__"):
                src = f"list({src})"
            items.append(show(src))
        elif k < 0.85:
            t = r.choice(RECEIVERS)
            m = r.choice(DUNDER_BINARY)
            if m in ("__rpow__", "__rlshift__", "__rmul__"):
                a = str(small(r, -3, 8))
            items.append(show(f"{t}.{m}({a}, {dunder_rhs(r, m)})"))
        elif k < 0.93:
            t = r.choice(RECEIVERS)
            m = r.choice(DUNDER_BINARY + DUNDER_UNARY + ["append", "count", "index", "keys", "union", "upper"])
            items.append(show(f"(repr({t}.{m}).split(' at ')[0], type({t}.{m}).__name__, {t}.{m}.__qualname__)"))
        else:
            # The descriptors in a built-in type's dict, and their __get__.
            t = r.choice(RECEIVERS)
            m = r.choice(DUNDER_BINARY + DUNDER_UNARY + ["append", "count", "real", "start", "upper"])
            items.append(show(f"repr({t}.__dict__.get({m!r})).split(' at ')[0]"))
            items.append(show(f"type({t}.__dict__[{m!r}].__get__({a})).__name__"))
    return [], items


def snip_reduce(r):
    """The pickle protocol's defaults: `__reduce_ex__` of every protocol on
    classes with slots, `__getnewargs__`, `__getstate__` and built-in
    bases, and `copy`/`deepcopy` through them."""
    base = r.choice(["", "list", "dict", "int", "tuple", "bytearray", "float", "str"])
    slots = r.choice([None, "('a',)", "('a', '__b')", "('a', '__dict__')"])
    lines = ["import copy, copyreg",
             "def red(o, p):",
             "    r = o.__reduce_ex__(p)",
             "    names = {id(copyreg.__newobj__): 'newobj', id(copyreg.__newobj_ex__): 'newobj_ex',",
             "             id(copyreg._reconstructor): 'reconstructor'}",
             "    rest = [list(v) if type(v).__name__.endswith('iterator') else v for v in r[1:]]",
             "    return (names.get(id(r[0]), r[0]), *rest)",
             f"class C({base}):"]
    if slots and base in ("", "list", "dict"):
        lines.append(f"    __slots__ = {slots}")
    if r.random() < 0.3:
        lines.append("    def __getnewargs__(self):\n        return ()")
    if r.random() < 0.3:
        lines.append("    def __getstate__(self):\n        return {'st': 1}")
    lines.append("    pass")
    ctor = {"": "C()", "list": "C([1, 2])", "dict": "C(k=1)", "int": "C(7)", "tuple": "C((1, 2))",
            "bytearray": "C(b'ab')", "float": "C(2.5)", "str": "C('s')"}[base]
    items = [f"o = {ctor}"]
    if r.random() < 0.5:
        items.append(guard("o.a = 1"))
    if r.random() < 0.5:
        items.append(guard("o._C__b = 2"))
    for _ in range(r.randint(2, 5)):
        items.append(show(f"red(o, {r.randint(0, 5)})"))
    items.append(show("o.__getstate__()"))
    items.append(show("type(copy.copy(o)).__name__"))
    items.append(show("sorted(getattr(copy.deepcopy(o), '__dict__', {}).items())"))
    return lines, items
PICKLE_ATOMS = ["None", "True", "False", "0", "1", "-1", "255", "256", "65535", "65536", "-129",
                "2**31", "-2**31 - 1", "2**63", "10**30", "-(7**50)", "1 << 2000", "0.5", "-0.0",
                "1e300", "float('inf')", "''", "'abc'", "'caf\\xe9'", "'\\u20ac\\n\\\\'",
                "'\\U0001f600'", "b''", "b'\\x00\\xff'", "bytes(300)", "bytearray(b'ab')",
                "bytearray()", "''.join(['s'] * 300)", "()", "[]", "{}", "set()", "frozenset()"]


def pickle_value_src(r, depth=0):
    """A source expression for random nested data pickle can round-trip."""
    if depth > 2 or r.random() < 0.35:
        return r.choice(PICKLE_ATOMS + ["x", "x"])
    kind = r.choice(["list", "tuple", "dict", "set", "frozenset", "tuple1"])
    n = r.randint(0, 4)
    parts = [pickle_value_src(r, depth + 1) for _ in range(n)]
    if kind == "list":
        return "[" + ", ".join(parts) + "]"
    # Tuples are built at run time: CPython shares equal constant tuples.
    if kind == "tuple":
        return "tuple([" + ", ".join(parts) + "])"
    if kind == "tuple1":
        return "tuple([" + pickle_value_src(r, depth + 1) + "])"
    if kind == "dict":
        keys = [r.choice(["'k%d'" % i, str(i), "tuple([%d, 'k'])" % i, "None"]) for i in range(n)]
        return "{" + ", ".join(f"{k}: {v}" for k, v in zip(keys, parts)) + "}"
    ints = ", ".join(str(r.randint(-5, 300)) for _ in range(n))
    return ("{" + ints + "}" if ints else "set()") if kind == "set" else f"frozenset([{ints}])"


def snip_pickle(r):
    """pickle: random nested data (shared references, a cycle) under every
    protocol: the bytes dumps writes, which must be CPython's, and what
    loads gives back."""
    lines = ["import pickle"]
    items = [f"x = {pickle_value_src(r, 1)}", f"v = {pickle_value_src(r)}"]
    if r.random() < 0.3:
        items.append("v = [v, x]\nv.append(v)")
    for _ in range(r.randint(1, 3)):
        proto = r.randint(0, 5)
        items.append(show(f"pickle.dumps(v, {proto})"))
        items.append(show(f"repr(pickle.loads(pickle.dumps(v, {proto}))) == repr(v)"))
    items.append(show("pickle.loads(pickle.dumps(v, -1))"))
    return lines, items


TEXT_WORDS = ["the", "quick", "brown", "fox", "well-known", "state-of-the-art", "x", "a-b", "--",
              "em--dash", "Mr.", "end.", "why?", "wow!", "\"quoted.\"", "supercalifragilistic",
              "é-ü", "3-d", "-lead", "trail-", "  ", "\t", "\n", "\r\n", "tab\there"]


def text_src(r):
    words = [r.choice(TEXT_WORDS) for _ in range(r.randint(0, 14))]
    return repr("".join(w + r.choice([" ", " ", "  ", "", "\n"]) for w in words))


def snip_textwrap(r):
    """textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's
    options on text with hyphens, dashes, tabs and sentence ends."""
    items = []
    opts = ["initial_indent='* '", "subsequent_indent='  '", "expand_tabs=False", "tabsize=3",
            "replace_whitespace=False", "fix_sentence_endings=True", "break_long_words=False",
            "drop_whitespace=False", "break_on_hyphens=False", "max_lines={n}", "placeholder='~'"]
    for _ in range(r.randint(3, 8)):
        text = text_src(r)
        width = r.choice([1, 3, 5, 8, 12, 20, 40])
        kw = ", ".join(r.sample(opts, r.randint(0, 3))).format(n=r.randint(1, 3))
        if "indent=" in kw:
            # CPython can loop forever on an indent as wide as the line.
            width = max(width, 3)
        k = r.random()
        if k < 0.4:
            items.append(show(f"textwrap.wrap({text}, {width}{', ' + kw if kw else ''})"))
        elif k < 0.55:
            items.append(show(f"textwrap.fill({text}, width={width}{', ' + kw if kw else ''})"))
        elif k < 0.7:
            items.append(show(f"textwrap.shorten({text}, {width + 8})"))
        elif k < 0.85:
            lines = [r.choice(["", "  ", "\t", "    ", " \t"]) + r.choice(["a", "b c", "", "# x"])
                     for _ in range(r.randint(0, 5))]
            items.append(show(f"textwrap.dedent({chr(10).join(lines)!r})"))
        else:
            items.append(show(f"textwrap.indent({text}, {r.choice(['> ', '  ', ''])!r})"))
    return ["import textwrap"], items


def pp_value(r, depth=0):
    k = r.random()
    if depth > 2 or k < 0.35:
        return r.choice([str(r.randint(-99, 99)), repr(10 ** r.randint(5, 25)), "1.5", "None", "True",
                         str_src(r), "'a fairly long string with several words in it'", "b'bytes\\x00'",
                         "()", "[]", "{}"])
    n = r.randint(0, 5)
    parts = [pp_value(r, depth + 1) for _ in range(n)]
    if k < 0.55:
        return "[" + ", ".join(parts) + "]"
    if k < 0.7:
        return "(" + ", ".join(parts) + ("," if n == 1 else "") + ")"
    if k < 0.9:
        return "{" + ", ".join(f"{str_src(r)}: {v}" for v in parts) + "}"
    return "{" + ", ".join(str(r.randint(0, 50)) for _ in range(n + 1)) + "}"


def snip_pprint(r):
    """pprint: pformat of nested lists, tuples, dicts, sets and long
    strings at random widths, indents, depths and options."""
    items = []
    for _ in range(r.randint(2, 6)):
        opts = [f"width={r.choice([1, 8, 15, 30, 50, 80])}"]
        if r.random() < 0.3:
            opts.append(f"indent={r.randint(0, 4)}")
        if r.random() < 0.3:
            opts.append(f"depth={r.randint(1, 3)}")
        for o in ["compact=True", "sort_dicts=False", "underscore_numbers=True"]:
            if r.random() < 0.2:
                opts.append(o)
        v = pp_value(r)
        items.append(f"print(pprint.pformat({v}, {', '.join(opts)}))")
        if r.random() < 0.3:
            items.append(show(f"(pprint.saferepr({v}), pprint.isreadable({v}), pprint.isrecursive({v}))"))
    return ["import pprint"], items


URL_PARTS = ["http", "https", "ftp", "mailto", "file", ":", "//", "/", "?", "#", ";", "@", "[", "]",
             "::1", "%", "%20", "%2F", "%E2%82%AC", "%zz", "é", "+", "=", "&", " ", ".", "..", "user",
             ":pw", ":80", ":8x", "Host.COM", "a", "b", "~", "x y"]


def url_src(r):
    return repr("".join(r.choice(URL_PARTS) for _ in range(r.randint(0, 8))))


def snip_urllib(r):
    """urllib.parse: quote/unquote (with safe characters and encodings),
    urlparse/urlsplit (with the result's attributes), urljoin, parse_qsl."""
    items = []
    ops = [
        "urllib.parse.quote({u})", "urllib.parse.quote({u}, safe={s})", "urllib.parse.quote_plus({u})",
        "urllib.parse.unquote({u})", "urllib.parse.unquote_plus({u})", "urllib.parse.unquote_to_bytes({u})",
        "urllib.parse.urlparse({u})", "urllib.parse.urlsplit({u}, 'dflt', False)",
        "urllib.parse.urljoin({u}, {v})", "urllib.parse.urljoin('http://a/b/c/d;p?q', {v})",
        "urllib.parse.urldefrag({u})", "urllib.parse.parse_qsl({u}, True)", "urllib.parse.parse_qs({u})",
        "urllib.parse.urlunsplit(urllib.parse.urlsplit({u}))", "urllib.parse.urlparse({u}).geturl()",
        "(urllib.parse.urlsplit({u}).hostname, urllib.parse.urlsplit({u}).username)",
        "urllib.parse.urlsplit({u}).port", "urllib.parse.urlencode({{{u}: {v}, 'n': [1, 2]}}, True)",
    ]
    for _ in range(r.randint(3, 9)):
        src = r.choice(ops).format(u=url_src(r), v=url_src(r), s=repr(r.choice(["", "/", "/:@", "é&"])))
        items.append(show(src))
    return ["import urllib.parse"], items
# ---------------------------------------------------------------- datetime

DT_DIRECTIVES = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZf%"
STRPTIME_DIRECTIVES = "aAbBdfHIjmMpSUwWyYzZ%"


def date_src(r):
    y = r.choice([1, 2, 99, 400, 1900, 1970, 2000, 2020, 2024, 9999, r.randint(1, 9999)])
    m = r.randint(1, 12)
    d = r.choice([1, 28, 29, 30, 31, r.randint(1, 28)])
    if r.random() < 0.05:
        m = r.choice([0, 13])
    return y, m, d


def timedelta_src(r):
    units = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
    kw = []
    for u in r.sample(units, r.randint(0, 3)):
        v = r.choice([str(small(r, -40, 40)), str(r.randint(-10**6, 10**6)),
                      repr(r.choice([0.5, 1.5, 2.5, -0.5, 0.1, 1e-6, 3.3, -2.75, 1e-7]))])
        kw.append(f"{u}={v}")
    return f"timedelta({', '.join(kw)})"


def tz_src(r):
    return r.choice(["None", "timezone.utc", "timezone(timedelta(hours=5, minutes=30))",
                     "timezone(timedelta(hours=-8), 'PST')", "timezone(timedelta(seconds=-1))",
                     "timezone(timedelta(minutes=90), 'X%Z')"])


def datetime_src(r):
    y, m, d = date_src(r)
    fields = [y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
              r.choice([0, 0, 1, 500000, 999999, r.randint(0, 999999)])]
    return f"datetime({', '.join(map(str, fields))}, tzinfo={tz_src(r)})"


def fmt_src(r):
    parts = []
    for _ in range(r.randint(1, 5)):
        if r.random() < 0.75:
            parts.append("%" + r.choice(DT_DIRECTIVES))
        else:
            parts.append(r.choice(["-", " ", "T", ":", "/", "x", "%%", "  "]))
    return "".join(parts)


def snip_datetime(r):
    """date, time, datetime, timedelta and timezone (arithmetic, comparisons,
    formatting and parsing), time.strptime and calendar."""
    header = ["from datetime import date, datetime, time, timedelta, timezone",
              "import calendar", "import time as time_module"]
    items = []
    for _ in range(r.randint(4, 9)):
        k = r.random()
        y, m, d = date_src(r)
        dsrc = f"date({y}, {m}, {d})"
        dt = datetime_src(r)
        td = timedelta_src(r)
        if k < 0.12:
            items.append(show(r.choice([f"{dsrc} + {td}", f"{dsrc} - {td}", f"{dsrc} - date(2000, 1, 1)",
                                        f"{dsrc}.toordinal()", f"date.fromordinal({dsrc}.toordinal() + {small(r, -400, 400)})",
                                        f"({dsrc}.weekday(), {dsrc}.isoweekday(), {dsrc}.isocalendar())",
                                        f"{dsrc}.replace(day={r.randint(1, 31)})", f"{dsrc}.ctime()",
                                        f"date.fromisocalendar({y}, {r.randint(0, 54)}, {r.randint(0, 8)})"])))
        elif k < 0.3:
            items.append(show(r.choice([f"{td}", f"str({td})", f"{td} + {timedelta_src(r)}", f"{td} - {timedelta_src(r)}",
                                        f"{td} * {r.choice(['2', '-3', '0.5', '1.1', '2.5', 'True'])}",
                                        f"{td} / {r.choice(['2', '-3', '0.5', '7', '1e-3', timedelta_src(r)])}",
                                        f"{td} // {r.choice(['2', '-3', '7', timedelta_src(r)])}",
                                        f"{td} % {timedelta_src(r)}", f"divmod({td}, {timedelta_src(r)})",
                                        f"(-{td}, abs({td}), bool({td}), {td}.total_seconds())",
                                        f"({td} < {timedelta_src(r)}, {td} == {timedelta_src(r)})",
                                        f"hash({td}) == hash({td})"])))
        elif k < 0.5:
            items.append(show(r.choice([f"{dt}", f"str({dt})", f"{dt} + {td}", f"{dt} - {td}", f"{dt} - {datetime_src(r)}",
                                        f"{dt} < {datetime_src(r)}", f"{dt} == {datetime_src(r)}",
                                        f"{dt}.isoformat({r.choice(['T', ' ', 'x'])!r}, {r.choice(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'])!r})",
                                        f"{dt}.timetuple()", f"{dt}.utctimetuple()", f"{dt}.timestamp()",
                                        f"({dt}.utcoffset(), {dt}.tzname(), {dt}.dst())",
                                        f"{dt}.astimezone({tz_src(r).replace('None', 'timezone.utc')})",
                                        f"{dt}.replace(hour={r.randint(0, 24)}, tzinfo={tz_src(r)})",
                                        f"datetime.fromtimestamp({r.randint(-10**9, 10**10)} / {r.choice([1, 7, 1000])}, {tz_src(r)})",
                                        f"datetime.combine({dsrc}, time({r.randint(0, 23)}, {r.randint(0, 59)}), {tz_src(r)})",
                                        f"sorted([{dt}, {datetime_src(r)}, {datetime_src(r)}])"])))
        elif k < 0.7:
            fmt = fmt_src(r)
            items.append(show(r.choice([f"{dt}.strftime({fmt!r})", f"{dsrc}.strftime({fmt!r})",
                                        f"time({r.randint(0, 23)}, {r.randint(0, 59)}, {r.randint(0, 59)}, {r.randint(0, 999999)}, {tz_src(r)}).strftime({fmt!r})",
                                        f"format({dt}, {fmt!r})", f"f'{{{dsrc}:{fmt}}}'" if "'" not in fmt and "{" not in fmt else f"{dsrc}.strftime({fmt!r})"])))
        elif k < 0.85:
            # A directive twice is a regular expression error in CPython
            # (`re.error`), which alc has no module for yet.
            dirs = r.sample(STRPTIME_DIRECTIVES, 4)
            fmt = "".join(r.choice(["%" + dirs[i], " ", "-", ":", "/"]) for i in range(r.randint(1, 4)))
            src = f"{dt}.strftime({fmt!r})"
            if r.random() < 0.3:
                src = f"{src}[:{r.randint(0, 12)}] + {r.choice(['', 'x', ' ', '1', 'Z'])!r}"
            items.append(show(r.choice([f"datetime.strptime({src}, {fmt!r})",
                                        f"tuple(time_module.strptime({src}, {fmt!r}))"])))
        elif k < 0.92:
            s = r.choice([f"{dt}.isoformat()", f"{dsrc}.isoformat()", f"{dt}.isoformat(' ', 'minutes')"])
            if r.random() < 0.5:
                i = r.randint(0, 25)
                s = f"{s}[:{i}] + {r.choice(['', 'Z', '+01', ':', '.5', 'T1', ' ', '-0130'])!r} + {s}[{i + r.randint(0, 2)}:]"
            cls = r.choice(["date", "datetime", "time"])
            items.append(show(f"{cls}.fromisoformat({s})"))
        else:
            items.append(show(r.choice([f"calendar.monthrange({y}, {m})", f"calendar.month({y}, {m})",
                                        f"calendar.monthcalendar({y}, {m})", f"calendar.isleap({y})",
                                        f"calendar.leapdays({y}, {r.randint(1, 9999)})",
                                        f"calendar.weekday({y}, {m}, {d})",
                                        f"calendar.timegm({dt}.utctimetuple())",
                                        f"list(calendar.Calendar({r.randint(0, 6)}).itermonthdays2({y}, {m}))"])))
    return header, items
# ---------------------------------------------------------------- re

RE_HELPERS = [
    "import re",
    "def sm(m):",
    "    if m is None:",
    "        return None",
    "    return (m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup,",
    "            [m.span(i) for i in range(len(m.groups()) + 1)])",
]

RE_LITS = ["a", "a", "a", "b", "b", "c", " ", "\\n", "é", "A", "\\.", "-"]
RE_CLASSES = ["[ab]", "[^a]", "[a-c]", "[^\\n]", "[b-]", "[]a]", "[\\w]", "[A-Z]", "[é-ê]", "[\\s]"]
RE_ESCAPES = ["\\d", "\\w", "\\W", "\\s", "\\S", "\\D"]
RE_ANCHORS = ["^", "$", "\\A", "\\Z", "\\b", "\\B"]
RE_QUANTS = ["*", "+", "?", "{2}", "{1,2}", "{,2}", "{2,}", "{0}", "{0,1}"]


class ReGen:
    """A random pattern over a small alphabet; `groups` counts capturing groups."""

    def __init__(self, r):
        self.r = r
        self.groups = 0
        self.names = {}
        self.closed = []

    def atom(self, depth):
        r = self.r
        k = r.random()
        if k < 0.35:
            return r.choice(RE_LITS)
        if k < 0.45:
            return "."
        if k < 0.55:
            return r.choice(RE_CLASSES)
        if k < 0.6:
            return r.choice(RE_ESCAPES)
        if k < 0.64:
            return r.choice(RE_ANCHORS)
        if k < 0.7 and self.closed:
            g = r.choice(self.closed)
            if g in self.names and r.random() < 0.5:
                return "(?P=%s)" % self.names[g]
            return "\\%d" % g
        if depth > 2:
            return r.choice(RE_LITS)
        kind = r.random()
        if kind < 0.5:
            self.groups += 1
            g = self.groups
            inner = self.alt(depth + 1)
            self.closed.append(g)
            if kind < 0.4:
                return "(" + inner + ")"
            self.names[g] = "g%d" % g
            return "(?P<%s>%s)" % (self.names[g], inner)
        inner = self.alt(depth + 1)
        if kind < 0.6:
            return "(?:" + inner + ")"
        if kind < 0.67:
            return "(?=" + inner + ")"
        if kind < 0.72:
            return "(?!" + inner + ")"
        if kind < 0.78:
            lit = "".join(r.choice("ab") for _ in range(r.randint(1, 2)))
            return r.choice(["(?<=", "(?<!"]) + lit + ")"
        if kind < 0.84:
            return "(?>" + inner + ")"
        if kind < 0.9 and self.groups:
            return "(?(%d)%s|%s)" % (r.randint(1, self.groups), inner, self.seq(depth + 1))
        return "(?" + r.choice("imsx") + ":" + inner + ")"

    def piece(self, depth):
        r = self.r
        a = self.atom(depth)
        if r.random() < 0.35 and a not in RE_ANCHORS:
            a += r.choice(RE_QUANTS)
            m = r.random()
            if m < 0.25:
                a += "?"
            elif m < 0.35:
                a += "+"
        return a

    def seq(self, depth):
        return "".join(self.piece(depth) for _ in range(self.r.randint(0 if depth else 1, 3)))

    def alt(self, depth):
        parts = [self.seq(depth)]
        while self.r.random() < 0.25:
            parts.append(self.seq(depth))
        return "|".join(parts)


def re_pattern(r):
    g = ReGen(r)
    pat = g.alt(0)
    if r.random() < 0.08:
        # A broken pattern: the error message and position are compared.
        i = r.randint(0, len(pat))
        pat = pat[:i] + r.choice(["(", ")", "[", "*", "\\", "(?", "{1,0}", "(?P<", "(?<=a*)", "\\9", "(?z)", "+?+"]) + pat[i:]
    return pat, g.groups


def re_subject(r):
    return "".join(r.choice("aaabbc \né") for _ in range(r.randint(0, 10)))


def snip_re(r):
    items = []
    for _ in range(r.randint(2, 4)):
        pat, ngroups = re_pattern(r)
        is_bytes = r.random() < 0.1 and "é" not in pat
        flags = r.choice(["", "", "", ", re.I", ", re.M", ", re.S", ", re.I | re.M", ", re.A", ", re.X"])
        if is_bytes and "re.A" in flags:
            flags = ""
        ps = ("b" if is_bytes else "") + repr(pat)
        if is_bytes and "é" in ps:
            continue
        subj = re_subject(r)
        if is_bytes:
            subj = subj.replace("é", "e")
        ss = ("b" if is_bytes else "") + repr(subj)
        items.append(f"c = p({label(ps)}, lambda: re.compile({ps}{flags}))")
        ops = [
            "sm(re.search({p}, {s}{f}))",
            "sm(re.match({p}, {s}{f}))",
            "sm(re.fullmatch({p}, {s}{f}))",
            "re.findall({p}, {s}{f})",
            "[sm(m) for m in re.finditer({p}, {s}{f})]",
            "re.sub({p}, {rp}, {s}{cnt}{f})",
            "re.subn({p}, {rp}, {s}{f})",
            "re.split({p}, {s}{mx}{f})",
            "sm(re.compile({p}{f}).search({s}, {i}, {j}))",
        ]
        reps = ["'-'", "''", "r'<\\g<0>>'", "lambda m: m.group(0).upper() + '|'"]
        if ngroups:
            reps += ["r'[\\1]'", "r'\\g<1>\\g<0>'"]
        if is_bytes:
            reps = [("b" + x) if x[0] == "'" else ("rb" + x[1:]) if x[0] == "r" else "lambda m: m.group(0) + b'|'" for x in reps]
        for _ in range(r.randint(2, 5)):
            op = r.choice(ops).format(
                p=ps, s=ss, f=flags, rp=r.choice(reps),
                cnt=r.choice(["", ", 1", ", 2"]), mx=r.choice(["", ", 1", ", 2"]),
                i=r.randint(0, 3), j=r.randint(0, 10),
            )
            items.append(show(op))
    return list(RE_HELPERS), items


HASH_NAMES = ["md5", "sha1", "sha256", "sha512", "sha3_224", "sha3_256", "sha3_512", "shake_128",
              "shake_256", "blake2b", "blake2s", "SHA3-384", "shake128", "blake2b512", "BLAKE2s-256",
              "SHA256", "sha3_256 ", "Blake2b", "whirlpool", "sha-1"]
HASH_DATA = ["b''", "b'abc'", "b'x' * 200", "bytearray(b'data')", "memoryview(b'view')",
             "memoryview(b'strided')[::2]", "'text'", "None", "bytes(range(256))"]
BLAKE2_KWARGS = ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                 "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"]
BLAKE2_VALUES = ["0", "1", "8", "16", "17", "32", "33", "64", "65", "255", "256", "-1", "2 ** 32",
                 "2 ** 48", "2 ** 64", "b''", "b'k'", "b'k' * 9", "b'k' * 17", "b'k' * 65", "'s'",
                 "1.5", "True", "None"]


def snip_hashlib(r):
    """hashlib: digests of random data under random names, BLAKE2 with
    random parameters (valid or not), SHAKE lengths, copies and updates."""
    items = []
    for _ in range(r.randint(3, 8)):
        k = r.random()
        name = repr(r.choice(HASH_NAMES))
        data = r.choice(HASH_DATA)
        if k < 0.35:
            items.append(show(f"(lambda h: (h.name, h.digest_size, h.block_size, "
                              f"h.hexdigest({r.choice([0, 5, 32])}) if h.digest_size == 0 else h.hexdigest()))"
                              f"(hashlib.new({name}, {data}))"))
        elif k < 0.65:
            ctor = r.choice(["blake2b", "blake2s"])
            kw = ", ".join(f"{n}={r.choice(BLAKE2_VALUES)}"
                           for n in r.sample(BLAKE2_KWARGS, r.randint(0, 3)))
            items.append(show(f"hashlib.{ctor}({data}{', ' if kw else ''}{kw}).hexdigest()"))
        elif k < 0.8:
            ctor = r.choice(["shake_128", "shake_256"])
            n = r.choice(["0", "1", "16", "100", "-1", "'4'", "2 ** 64"])
            items.append(show(f"hashlib.{ctor}({data}).{r.choice(['digest', 'hexdigest'])}({n})"))
        else:
            ctor = r.choice(["sha3_256", "blake2s", "sha1", "shake_128", "blake2b"])
            items.append(f"h = hashlib.{ctor}(b'start')")
            items.append("c = h.copy()")
            items.append(guard(f"c.update({data})"))
            out = "hexdigest(8)" if ctor.startswith("shake") else "hexdigest()"
            items.append(show(f"(h.{out}, c.{out}, type(c).__name__)"))
    return ["import hashlib"], items

ZLIB_DATA = ["b''", "b'a'", "b'hello world ' * 20", "bytes(range(256)) * 9", "b'\\x00' * 3000",
             "bytes((i * i) % 251 for i in range(5000))", "b'abcabcabd' * 500 + bytes(range(200))",
             "bytes((i * 7919) % 256 for i in range(70000))", "bytearray(b'xyz' * 50)", "memoryview(b'mv' * 99)"]
ZLIB_WBITS = ["15", "9", "12", "-15", "-9", "31", "25", "0", "8", "7", "100", "-8", "47"]


def snip_zlib(r):
    """zlib: compressed bytes (which must be CPython's, byte for byte) at
    random levels, window sizes and strategies, round trips through
    compressobj/decompressobj in random chunks with max_length, flush
    modes, checksums, and errors on corrupted input."""
    items = []
    for _ in range(r.randint(3, 7)):
        k = r.random()
        data = r.choice(ZLIB_DATA)
        level = r.choice(["-1", "0", "1", "5", "6", "9", "10"])
        if k < 0.3:
            wbits = r.choice(ZLIB_WBITS)
            items.append(show(f"(lambda z: (len(z), zlib.crc32(z), z[:12]))(zlib.compress({data}, {level}, {wbits}))"))
        elif k < 0.5:
            strategy = r.choice(["0", "1", "2", "3", "4"])
            wbits = r.choice(["15", "-15", "31", "10"])
            mem = r.choice(["1", "8", "9"])
            chunk = r.choice([1, 7, 100, 4096, 100000])
            mode = r.choice(["zlib.Z_SYNC_FLUSH", "zlib.Z_FULL_FLUSH", "zlib.Z_PARTIAL_FLUSH", "zlib.Z_BLOCK", "zlib.Z_NO_FLUSH"])
            items.append(f"d = bytes({data})")
            items.append(guard(f"c = zlib.compressobj({level}, zlib.DEFLATED, {wbits}, {mem}, {strategy})\n"
                               f"out = b''.join(c.compress(d[i:i + {chunk}]) for i in range(0, len(d), {chunk}))\n"
                               f"out += c.flush({mode}) + c.flush()\n"
                               f"print(len(out), zlib.crc32(out), zlib.decompress(out, {wbits}) == d)"))
        elif k < 0.75:
            chunk = r.choice([1, 5, 64, 1000, 50000])
            max_length = r.choice([0, 1, 10, 333, 4096])
            tail = r.choice(["b''", "b'tail'", "b'\\x00' * 9"])
            items.append(f"d = bytes({data})")
            items.append(f"z = zlib.compress(d, {level if level != '10' else '6'}) + {tail}")
            items.append(guard(f"o = zlib.decompressobj()\nparts = []\npos = 0\n"
                               f"while pos < len(z) or o.unconsumed_tail:\n"
                               f"    chunk = o.unconsumed_tail + z[pos:pos + {chunk}]\n"
                               f"    pos += {chunk}\n"
                               f"    parts.append(o.decompress(chunk, {max_length}))\n"
                               f"    if o.eof:\n        break\n"
                               f"parts.append(o.flush())\n"
                               f"print(b''.join(parts) == d, o.eof, o.unused_data, len(o.unconsumed_tail), len(parts))"))
        elif k < 0.85:
            value = r.choice(["", ", 0", ", 1", ", -1", ", 2 ** 32 + 5", ", 12345"])
            items.append(show(f"(zlib.crc32({data}{value}), zlib.adler32({data}{value}))"))
        else:
            cut = r.choice(["[:-1]", "[:5]", "[2:]", "[:1]"])
            flip = r.randrange(2, 12)
            items.append(f"z = bytearray(zlib.compress({data}))")
            items.append(guard(f"z[{flip} % len(z)] ^= 0x55\nprint(len(zlib.decompress(bytes(z))))"))
            items.append(show(f"zlib.decompress(zlib.compress({data}){cut})[-4:]"))
    return ["import zlib"], items


def snip_gzip(r):
    """gzip: members written with a fixed mtime (CPython's bytes), read
    back through GzipFile in random ways, multi-member streams."""
    items = []
    for _ in range(r.randint(2, 5)):
        k = r.random()
        data = r.choice(ZLIB_DATA)
        level = r.choice(["0", "1", "6", "9"])
        mtime = r.choice(["0", "1", "1700000000"])
        if k < 0.4:
            items.append(show(f"(lambda z: (len(z), z[:10], zlib.crc32(z), gzip.decompress(z) == bytes({data})))"
                              f"(gzip.compress({data}, {level}, mtime={mtime}))"))
        elif k < 0.75:
            items.append("b = io.BytesIO()")
            items.append(f"f = gzip.GzipFile('n.txt', 'wb', {level}, b, {mtime})")
            items.append(guard(f"f.write({data})\nf.write(b'more')\nf.close()\n"
                               f"print(len(b.getvalue()), zlib.crc32(b.getvalue()))"))
            how = r.choice(["f.read()", "f.read(7) + f.read()", "b''.join(f)", "f.readline() + f.read1(5)",
                            "(f.seek(3), f.read(4), f.tell())"])
            items.append(show(f"(lambda f: {how})(gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())))"))
        else:
            extra = r.choice(["b''", "b'\\x00\\x00'", "b'junk'", "b'\\x1f'"])
            items.append(show(f"gzip.decompress(gzip.compress({data}, mtime=1) + {extra} + "
                              f"gzip.compress(b'two', mtime=2))[-6:]"))
    return ["import gzip", "import io", "import zlib"], items


UUID_SRC = ["uuid.NAMESPACE_DNS", "uuid.UUID(int=0)", "uuid.UUID(int=2**128 - 1)",
            "uuid.UUID('12345678-1234-5678-1234-567812345678')", "uuid.UUID(bytes=bytes(range(16)))",
            "uuid.UUID(bytes_le=bytes(range(16, 32)))", "uuid.UUID(fields=(1, 2, 3, 4, 5, 6))",
            "uuid.uuid3(uuid.NAMESPACE_URL, 'x')", "uuid.uuid5(uuid.NAMESPACE_OID, '1.2')",
            "uuid.UUID(int=7 << 60, version=4)", "uuid.UUID('{ABCDEF01-2345-6789-abcd-ef0123456789}')"]
UUID_ARGS = ["'123'", "'g' * 32", "'urn:uuid:' + '0' * 32", "'0' * 31 + '-'", "hex='1' * 32, int=3",
             "bytes=b'x' * 15", "bytes_le=b'x' * 16", "fields=(1, 2, 3, 4, 5)", "fields=(1, 2, 3, 256, 0, 0)",
             "int=-1", "int=2**128", "int=5, version=0", "int=5, version=3", "'f' * 32, version=1"]
UUID_ATTRS = ["hex", "int", "bytes", "bytes_le", "fields", "time_low", "time_mid", "time_hi_version",
              "clock_seq_hi_variant", "clock_seq_low", "time", "clock_seq", "node", "urn", "variant",
              "version", "is_safe"]


def snip_uuid(r):
    """uuid: constructor forms valid or not, attributes, comparisons,
    name-based UUIDs."""
    items = []
    for _ in range(r.randint(3, 7)):
        k = r.random()
        u = r.choice(UUID_SRC)
        if k < 0.35:
            attrs = r.sample(UUID_ATTRS, 3)
            items.append(show("(lambda u: (str(u), repr(u), " + ", ".join(f"u.{a}" for a in attrs) + f"))({u})"))
        elif k < 0.6:
            items.append(show(f"uuid.UUID({r.choice(UUID_ARGS)})"))
        elif k < 0.8:
            v = r.choice(UUID_SRC)
            op = r.choice(["==", "!=", "<", ">=", "<="])
            items.append(show(f"({u} {op} {v}, hash({u}) == hash({v}), int({u}) - int({v}))"))
        else:
            name = r.choice(["''", "'python.org'", "'\\u00e9t\\u00e9'", "b'x'", "5"])
            f = r.choice(["uuid3", "uuid5"])
            items.append(show(f"uuid.{f}({u}, {name})"))
    return ["import uuid"], items


FRACTION_SRC = ["Fraction(3, 4)", "Fraction(-5, 6)", "Fraction(0)", "Fraction(7)", "Fraction(1, 3)",
                "Fraction(2**64 + 1, 3**20)", "Fraction(-10**20, 7)", "Fraction('1.25')", "Fraction('-3/8')",
                "Fraction(0.1)", "Fraction(-2.5)", "Fraction(5, 2)", "Fraction(-7, 2)", "Fraction(1, 2**61 - 1)"]
FRACTION_ARGS = ["'1/3'", "' -1.5e3 '", "'1_000.5'", "'3/0'", "'x'", "'1.d'", "'.5e-2'", "'1/-2'", "1.5",
                 "float('nan')", "float('inf')", "-0.0", "1e300", "True", "None", "[]", "'\\u0663'",
                 "2**70", "Fraction(3, 9)"]


def fraction_src(r):
    k = r.random()
    if k < 0.6:
        return r.choice(FRACTION_SRC)
    if k < 0.8:
        return f"Fraction({small(r, -20, 20)}, {r.choice([1, 2, 3, 4, 6, 7, 10, 12, -5, 2**65])})"
    return r.choice(["2", "-3", "0", "True", "0.5", "-2.25", "1e300", "float('inf')", "float('nan')",
                     "(1+2j)", "2**70", "'s'", "None"])


def snip_fractions(r):
    """fractions.Fraction: construction from every kind of argument, exact
    and mixed arithmetic, comparisons, hashes, rounding, limit_denominator."""
    items = []
    for _ in range(r.randint(3, 8)):
        k = r.random()
        a = fraction_src(r)
        b = fraction_src(r)
        if k < 0.15:
            args = r.choice(FRACTION_ARGS)
            if r.random() < 0.3:
                args += ", " + r.choice(["2", "-4", "0", "Fraction(1, 2)", "1.5", "True"])
            items.append(show(f"Fraction({args})"))
        elif k < 0.55:
            op = r.choice(["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">", ">="])
            if op == "**" and r.random() < 0.7:
                b = r.choice(["2", "-3", "0", "Fraction(1, 2)", "Fraction(-2)", "0.5", "Fraction(3)"])
            if "Fraction" not in a and "Fraction" not in b:
                a = r.choice(FRACTION_SRC)
            items.append(show(f"{a} {op} {b}"))
        elif k < 0.65:
            items.append(show(f"divmod({a}, {b})"))
        elif k < 0.8:
            f = r.choice(FRACTION_SRC)
            fn = r.choice(["round({})", f"round({{}}, {small(r, -3, 3)})", "math.floor({})", "math.ceil({})",
                           "math.trunc({})", "int({})", "float({})", "str({})", "hash({})", "abs({})",
                           "-{}", "bool({})", "{}.as_integer_ratio()", "complex({})"])
            items.append(show(fn.format(f)))
        elif k < 0.9:
            f = r.choice(FRACTION_SRC + ["Fraction(math.pi)", "Fraction('3.14159265358979')"])
            items.append(show(f"{f}.limit_denominator({r.choice([1, 2, 7, 10, 100, 1000, 0])})"))
        else:
            items.append(show(f"hash({a}) == hash({r.choice(['0.5', '7', '-1', '0.1', '2**70'])})"))
    return ["from fractions import Fraction", "import math"], items


STAT_FUNCS = ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
              "median_grouped", "mode", "multimode", "stdev", "pstdev", "variance", "pvariance", "quantiles"]


def stat_data(r):
    """A source list for statistics: ints, floats, Fractions, mixed, edge values."""
    k = r.random()
    n = r.choice([0, 1, 2, 3, 4, 5, 7, 10])
    if k < 0.3:
        xs = [str(r.randint(-20, 60)) for _ in range(n)]
    elif k < 0.6:
        xs = [repr(round(r.uniform(-50, 100), r.randint(0, 3))) for _ in range(n)]
    elif k < 0.75:
        xs = [f"Fraction({r.randint(-9, 30)}, {r.randint(1, 8)})" for _ in range(n)]
    elif k < 0.9:
        xs = [r.choice(["1", "2.5", "Fraction(1, 3)", "True", "0", "10**20", "1e-300", "7"]) for _ in range(n)]
    else:
        xs = [r.choice(["float('inf')", "float('nan')", "-1", "1e308", "'a'", "3", "0.5"]) for _ in range(n)]
    return "[" + ", ".join(xs) + "]"


def snip_statistics(r):
    """statistics: every average and spread function on random small data
    of ints, floats, Fractions and edge values (exact results and their
    types, errors), the two-input functions and NormalDist."""
    items = []
    for _ in range(r.randint(3, 7)):
        k = r.random()
        data = stat_data(r)
        if k < 0.6:
            fn = r.choice(STAT_FUNCS)
            extra = ""
            if fn == "quantiles":
                extra = r.choice(["", ", n=3", ", n=5, method='inclusive'", ", n=0"])
            elif fn in ("variance", "stdev", "pvariance", "pstdev") and r.random() < 0.2:
                extra = ", " + r.choice(["1", "2.5", "Fraction(1, 2)"])
            elif fn in ("fmean", "harmonic_mean") and r.random() < 0.3:
                extra = ", " + stat_data(r)
            elif fn == "median_grouped" and r.random() < 0.4:
                extra = ", " + r.choice(["2", "0.5", "Fraction(1, 4)"])
            items.append(show(f"(lambda v: (v, type(v).__name__))(statistics.{fn}({data}{extra}))"))
        elif k < 0.8:
            fn = r.choice(["correlation", "covariance", "linear_regression"])
            items.append(show(f"statistics.{fn}({data}, {stat_data(r)})"))
        else:
            mu = r.choice(["0", "1.5", "-3", "100"])
            sigma = r.choice(["1", "0.5", "15", "0", "-1"])
            meth = r.choice(["pdf(0.5)", "cdf(1.25)", "inv_cdf(0.3)", "inv_cdf(0.999)", "zscore(2)",
                             "quantiles(4)", "overlap(statistics.NormalDist(1, 2))", "samples(2, seed=7)",
                             "variance", "__add__(statistics.NormalDist(2, 3))", "__mul__(-2)"])
            items.append(show(f"statistics.NormalDist({mu}, {sigma}).{meth}"))
    return ["import statistics", "from fractions import Fraction"], items


DECIMAL_STRS = ["0", "-0", "1", "-1", "0.1", "1.30", "-2.50", "2.675", "123.4500", "1E+3", "1e-7",
                "9.999999999", "12345678901234567890.123", "-0.000", "5E-1000000", "9.9e999999",
                "1e-999999", "0E+5", "7", "3.14159265358979323846264338327950288", "Infinity",
                "-Infinity", "NaN", "-NaN7", "sNaN", "0.5", "-1.5", "2.5", "1E+28", "999999999"]
DECIMAL_CTX = ["prec=5", "prec=3, rounding=ROUND_HALF_UP", "rounding=ROUND_DOWN", "rounding=ROUND_CEILING",
               "rounding=ROUND_FLOOR", "rounding=ROUND_UP", "rounding=ROUND_HALF_DOWN", "rounding=ROUND_05UP",
               "prec=9, Emax=99, Emin=-99", "prec=4, Emax=9, Emin=-9, clamp=1", "traps=[]", "prec=50",
               "capitals=0", "traps=[Inexact]", "prec=2, traps=[Rounded, Inexact]"]


def dec_src(r, operand=True):
    k = r.random()
    if k < 0.7 or not operand and k >= 0.85:
        return f"Decimal({r.choice(DECIMAL_STRS)!r})"
    if k < 0.85:
        return f"Decimal({r.randint(-10**6, 10**6)}).scaleb({r.randint(-8, 8)})" if False else \
            f"Decimal('{r.randint(-99999, 99999)}E{r.randint(-8, 8)}')"
    return r.choice(["3", "-7", "0", "(10**30)", "Decimal(0.1)"])


def snip_decimal(r):
    """decimal: arithmetic, quantize, rounding and conversions on edge
    values under random contexts (precision, rounding, exponent limits,
    clamp, traps), with the flags each operation set."""
    items = ["c = getcontext().copy()"]
    ctx = r.choice(DECIMAL_CTX)
    items.append(f"c = Context({ctx})")
    items.append("setcontext(c)")
    for _ in range(r.randint(3, 8)):
        k = r.random()
        a = dec_src(r, k < 0.45)
        b = dec_src(r)
        if k < 0.45:
            op = r.choice(["+", "-", "*", "/", "//", "%", "<", "==", ">=", "**"])
            if op == "**":
                a = f"Decimal({r.choice(DECIMAL_STRS)!r})"
                b = r.choice(["2", "3", "-1", "-2", "0", "Decimal(5)", "Decimal('2.0')", "10"])
            items.append(show(f"({a} {op} {b}, sorted(k.__name__ for k, v in c.flags.items() if v))"))
            items.append("c.clear_flags()")
        elif k < 0.6:
            q = r.choice(["Decimal('0.01')", "Decimal('1')", "Decimal('1E+2')", "Decimal('0.001')",
                          "Decimal('1e-30')"])
            rnd = r.choice(["", ", ROUND_HALF_UP", ", rounding=ROUND_DOWN", ", ROUND_HALF_EVEN", ", ROUND_CEILING"])
            items.append(show(f"{a}.quantize({q}{rnd})"))
        elif k < 0.8:
            fn = r.choice(["str({})", "repr({})", "int({})", "float({})", "round({})", "round({}, 2)",
                           "round({}, -1)", "hash({})", "{}.as_tuple()", "{}.as_integer_ratio()",
                           "{}.adjusted()", "{}.normalize()", "{}.sqrt()", "-{}", "+{}", "abs({})",
                           "{}.to_integral_value()", "{}.to_integral_exact()", "{}.is_signed()",
                           "{}.number_class()", "{}.to_eng_string()", "math.floor({})", "bool({})",
                           "{}.exp()", "{}.ln()", "{}.log10()"])
            if "e999999" in a or ("NaN" in a and fn == "hash({})"):
                a = "Decimal('-7.25')"
            items.append(show(fn.format(a)))
        elif k < 0.9:
            fn = r.choice(["compare", "max", "min", "max_mag", "min_mag", "compare_total",
                           "remainder_near", "copy_sign", "same_quantum"])
            items.append(show(f"{a}.{fn}({b})"))
        elif k < 0.95:
            fn = r.choice(["add", "subtract", "multiply", "divide", "divide_int", "remainder",
                           "divmod", "power", "compare", "max_mag", "quantize", "scaleb"])
            items.append(show(f"c.{fn}({a}, {b})"))
        else:
            items.append(show(f"{a}.fma({dec_src(r)}, {b})"))
    items.append("setcontext(DefaultContext)")
    return ["from decimal import (Decimal, Context, getcontext, setcontext, DefaultContext, Inexact, Rounded,\n"
            "    ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,\n"
            "    ROUND_HALF_EVEN)", "import math"], items


def snip_pathlib(r):
    """pathlib: pure paths built from random pieces, their parts, names,
    suffixes and parents, joins, with_* (valid or not), relative_to,
    match and comparisons."""
    pieces = ["a", "b.txt", "/", "//", "..", ".", "", "x.tar.gz", ".rc", "d/", "/e", "f."]
    def path():
        args = ", ".join(repr(r.choice(pieces)) for _ in range(r.randint(0, 3)))
        return f"pathlib.PurePosixPath({args})"
    items = []
    for _ in range(r.randint(3, 6)):
        k = r.random()
        p = path()
        if k < 0.3:
            items.append(show(f"(lambda p: (str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.root, str(p.parent), [str(x) for x in p.parents]))({p})"))
        elif k < 0.5:
            arg = repr(r.choice(pieces + ["y", ".py", "z.", "a/b"]))
            meth = r.choice(["with_name", "with_suffix", "with_stem", "relative_to", "is_relative_to", "match", "joinpath"])
            items.append(show(f"str({p}.{meth}({arg}))"))
        elif k < 0.75:
            q = path()
            op = r.choice(["==", "<", "<=", ">", ">="])
            items.append(show(f"({p} {op} {q}, hash({p}) == hash({q}))"))
        else:
            q = path()
            items.append(show(f"(repr({p} / {q}), sorted([{p}, {q}]))"))
    return ["import pathlib"], items


def snip_csv(r):
    """csv: random records written and read back under random dialect
    parameters (valid or not), and random lines parsed."""
    chars = ["a", "b", ",", ";", '"', "'", "\\", " ", "\n", "\r", "\t", "1", "é"]
    def text():
        return repr("".join(r.choice(chars) for _ in range(r.randint(0, 5))))
    def params():
        opts = []
        for name, values in [("delimiter", ["','", "';'", "'\\t'", "'ab'", "None"]),
                             ("quotechar", ["'\"'", "\"'\"", "None"]),
                             ("escapechar", ["None", "'\\\\'", "'!'"]),
                             ("doublequote", ["True", "False"]),
                             ("skipinitialspace", ["True", "False"]),
                             ("strict", ["True", "False"]),
                             ("lineterminator", ["'\\r\\n'", "'\\n'", "'!'"]),
                             ("quoting", ["csv.QUOTE_MINIMAL", "csv.QUOTE_ALL",
                                          "csv.QUOTE_NONNUMERIC", "csv.QUOTE_NONE", "7"])]:
            if r.random() < 0.3:
                opts.append(f"{name}={r.choice(values)}")
        return ", ".join(opts)
    items = []
    for _ in range(r.randint(2, 5)):
        kw = params()
        if r.random() < 0.5:
            row = "[" + ", ".join(r.choice([text(), "1", "2.5", "None", "''"])
                                  for _ in range(r.randint(0, 4))) + "]"
            items.append(show(f"(lambda s: (csv.writer(s, {kw}).writerow({row}), s.getvalue()))(io.StringIO())"))
        else:
            lines = "[" + ", ".join(text() for _ in range(r.randint(1, 3))) + "]"
            items.append(show(f"list(csv.reader({lines}, {kw}))"))
    return ["import csv", "import io"], items
# ---------------------------------------------------------------- subprocess

SP_WORDS = ["'a'", "'b c'", "''", "'\\n'", "'é'", "'x\\r\\ny'", "'$HOME'"]


def snip_subprocess(r):
    """subprocess and signal: programs that print, read their input and
    exit with random statuses or signals; CompletedProcess reprs, text and
    binary pipes, check, the errors' messages; signal names and numbers."""
    items = []
    for _ in range(r.randint(2, 5)):
        k = r.random()
        words = ", ".join(r.choice(SP_WORDS) for _ in range(r.randint(0, 3)))
        status = r.choice([0, 0, 1, 2, 255])
        text = r.choice(["", ", text=True", ", universal_newlines=True", ", encoding='latin-1'"])
        if k < 0.4:
            cmd = f"['sh', '-c', 'printf \"%s|\" \"$@\"; echo err >&2; exit {status}', 'sh', {words}]"
            check = r.choice(["", ", check=True"])
            items.append(show(f"subprocess.run({cmd}, capture_output=True{text}{check})"))
        elif k < 0.6:
            data = r.choice(["b'in'", "b''", "b'a\\r\\nb'"]) if not text else r.choice(["'in'", "''", "'a\\r\\nb'"])
            items.append(show(f"subprocess.run(['cat'], input={data}, stdout=subprocess.PIPE{text})"))
        elif k < 0.75:
            sig = r.choice([1, 2, 9, 15, 10, 60])
            items.append(show(f"str(subprocess.CalledProcessError({r.choice([-sig, status])}, [{words}]))"))
        elif k < 0.85:
            items.append(show(f"subprocess.check_output(['sh', '-c', 'exit {status}'])"))
        else:
            n = r.choice([0, 1, 2, 6, 9, 17, 29, 34, 64, 65])
            items.append(show(f"(repr(signal.Signals({n})), signal.strsignal({n}))"))
    return ["import signal", "import subprocess"], items
# ---------------------------------------------------------------- unicodedata

UCD_CHARS = [
    "a", "Z", "5", " ", "\\n", "\\x00", "\\xe9", "\\xbd", "\\xb2", "\\u0301", "\\u0327", "\\u212b",
    "\\ufb01", "\\u2460", "\\u4e00", "\\uac01", "\\u1100", "\\u1161", "\\u11a8", "\\u0661",
    "\\u05d0", "\\u0627", "\\u3000", "\\uff21", "\\ud800", "\\ue000", "\\u0378", "\\U0001f600",
    "\\U0001d400", "\\u1e9b", "\\u0323", "\\u0958", "\\u0344", "\\u3300", "\\uff76", "\\uff9e",
    "\\U00018b00", "\\uf900", "\\u216b", "\\u5146", "(", "\\u2208",
]
UCD_NAMES = [
    "BULLET", "latin small letter a", "SNOWMAN", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG",
    "hangul syllable gag", "NBSP", "BYTE ORDER MARK", "LATIN SMALL LETTER R WITH TILDE", "KEYCAP DIGIT ONE",
    "no such name", "", "CJK COMPATIBILITY IDEOGRAPH-F900", "LATIN CAPITAL LETTER GHA", "GRINNING FACE",
]


def ucd_text(r):
    return '"' + "".join(r.choice(UCD_CHARS) for _ in range(r.randint(0, 6))) + '"'


def snip_unicodedata(r):
    """unicodedata: properties, names and lookups, numeric values with and
    without defaults, the four normal forms, and namereplace."""
    items = []
    props = ["category", "bidirectional", "east_asian_width", "combining", "mirrored",
             "decomposition", "name", "decimal", "digit", "numeric"]
    for _ in range(r.randint(3, 9)):
        k = r.random()
        c = '"' + r.choice(UCD_CHARS) + '"'
        if k < 0.35:
            f = r.choice(props)
            dflt = r.choice(["", "", ", None", ", -1"]) if f in ("name", "decimal", "digit", "numeric") else ""
            items.append(show(f"unicodedata.{f}({c}{dflt})"))
        elif k < 0.55:
            items.append(show(f"unicodedata.lookup({r.choice(UCD_NAMES)!r})"))
        elif k < 0.85:
            form = r.choice(["'NFC'", "'NFD'", "'NFKC'", "'NFKD'", "'nfc'"])
            f = r.choice(["normalize", "is_normalized"])
            items.append(show(f"unicodedata.{f}({form}, {ucd_text(r)})"))
        else:
            enc = r.choice(["'ascii'", "'latin-1'", "'utf-16-le'"])
            items.append(show(f"{ucd_text(r)}.encode({enc}, 'namereplace')"))
    return ["import unicodedata"], items


# ---------------------------------------------------------------- codecs

CODEC_NAMES = ["'utf-8'", "'UTF8'", "'latin-1'", "'ascii'", "'utf-16'", "'utf-16-le'", "'utf_16_be'",
               "'utf-32'", "'utf-32-be'", "'utf-8-sig'", "'nope'", "'cp1252'", "'cp437'", "'koi8_r'",
               "'latin9'", "'mac-roman'", "'cp037'", "'unicode_escape'", "'raw_unicode_escape'"]
# Codecs for which 'surrogatepass' is no way to encode arbitrary text.
NARROW_CODECS = ("'ascii'", "'latin-1'", "'cp1252'", "'cp437'", "'koi8_r'", "'latin9'", "'mac-roman'",
                 "'cp037'", "'unicode_escape'", "'raw_unicode_escape'")
CODEC_ERRORS = ["'strict'", "'ignore'", "'replace'", "'backslashreplace'", "'xmlcharrefreplace'",
                "'surrogateescape'", "'namereplace'", "'mine'"]


def snip_codecs(r):
    """codecs: encode/decode under handlers (one a program registers),
    lookup names, and incremental decoding of data split at random."""
    items = ["codecs.register_error('mine', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))"]
    for _ in range(r.randint(3, 8)):
        k = r.random()
        enc = r.choice(CODEC_NAMES)
        err = r.choice(CODEC_ERRORS)
        if k < 0.3:
            items.append(show(f"codecs.encode({ucd_text(r)}, {enc}, {err})"))
        elif k < 0.55:
            data = repr(bytes(r.choice([0x61, 0x00, 0xff, 0xfe, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xd8, 0x3d, 0xde, 0xef, 0xbb, 0xbf])
                              for _ in range(r.randint(0, 10))))
            items.append(show(f"codecs.decode({data}, {enc}, {err})"))
        elif k < 0.65:
            items.append(show(f"(codecs.lookup({enc}).name, codecs.lookup({enc}).incrementaldecoder.__name__)"))
        else:
            text = ucd_text(r)
            how = "'replace'" if enc in NARROW_CODECS else "'surrogatepass'"
            cuts = sorted(r.sample(range(0, 40), r.randint(0, 4)))
            items.append(show(
                f"(lambda d, b: [d.decode(b[i:j]) for i, j in zip([0] + {cuts}, {cuts} + [len(b)])] + [d.decode(b'', True)])"
                f"(codecs.getincrementaldecoder({enc})({err}), {text}.encode({enc}, {how}))"))
    return ["import codecs"], items
def snip_argparse(r):
    """argparse: a random parser (positionals of every nargs, options of
    every action, a mutually exclusive group) over random command lines,
    and its help at a random width; errors raise instead of exiting."""
    header = [
        "import argparse",
        "class P(argparse.ArgumentParser):",
        "    def error(self, message):",
        "        raise ValueError(message)",
        f"w = {r.choice([30, 50, 80, 120])}",
        "ap = P(prog='gen', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=w),"
        f" allow_abbrev={r.choice([True, False])}, description={r.choice(['None', repr('Does things.')])})",
    ]
    words = ["alpha", "beta", "gamma", "delta", "out_file", "x"]
    opts = []
    for i in range(r.randint(0, 3)):
        nargs = r.choice(["", ", nargs='?'", ", nargs='*'", ", nargs='+'", ", nargs=2", ", nargs=1"])
        extra = r.choice(["", ", type=int", ", choices=['a', 'b', '1']", ", metavar='M'", ", help='a positional'"])
        if "nargs='?'" in nargs or "nargs='*'" in nargs:
            extra += r.choice(["", ", default='dflt'"])
        header.append(f"ap.add_argument('pos{i}'{nargs}{extra})")
    for i in range(r.randint(1, 5)):
        names = r.choice([f"'-{'abcdefg'[i]}'", f"'--{words[i]}'", f"'-{'abcdefg'[i]}', '--{words[i]}'"])
        opts.append(names.split(", ")[-1].strip("'"))
        action = r.choice(["", ", action='store_true'", ", action='count'", ", action='append'",
                           ", action='store_const', const=7", ", nargs='?', const='C'", ", nargs='+'",
                           ", action='extend', nargs='*'", ", type=int, default='3'", ", required=True",
                           ", action=argparse.BooleanOptionalAction" if names.startswith("'--") else ""])
        extra = r.choice(["", ", help='the %(dest)s option'", ", metavar='V'", ", dest='d%d'" % i,
                          ", help='default %(default)s'", ", choices=['x', 'yy']" if "action" not in action else ""])
        header.append(f"ap.add_argument({names}{action}{extra})")
    if r.random() < 0.4:
        header.append(f"g = ap.add_mutually_exclusive_group(required={r.choice([True, False])})")
        header.append("g.add_argument('--left', action='store_true')")
        header.append("g.add_argument('--right', nargs='?')")
        opts += ["--left", "--right"]
    pieces = opts + ["--", "-", "1", "-1", "a", "b", "yy", "x", "--nope", "-zq", "--right=3", "-a1", "-abc"]
    for w in words[:4]:
        pieces.append("--" + w[:3])
    items = [show("ap.format_usage()"), show("ap.format_help()")]
    for _ in range(r.randint(3, 8)):
        argv = [r.choice(pieces) for _ in range(r.randint(0, 6))]
        items.append(show(f"ap.parse_known_args({argv!r})"))
        items.append(show(f"ap.parse_args({argv!r})"))
    return header, items


def snip_unittest(r):
    """unittest: the assert methods' failure messages (shortened reprs,
    sequence, set, dict and multi-line string diffs, counts) on random
    nested values, with and without msg=, longMessage and maxDiff."""
    header = ["import unittest", "tc = unittest.TestCase()"]
    if r.random() < 0.3:
        header.append(f"tc.maxDiff = {r.choice(['None', '40', '200'])}")
    if r.random() < 0.2:
        header.append("tc.longMessage = False")
    items = []
    for _ in range(r.randint(3, 8)):
        a = pp_value(r)
        b = a if r.random() < 0.2 else pp_value(r)
        msg = r.choice(["", "", ", msg='note'"])
        k = r.random()
        if k < 0.35:
            items.append(show(f"tc.assertEqual({a}, {b}{msg})"))
        elif k < 0.45:
            items.append(show(f"tc.assertCountEqual({a}, {b})"))
        elif k < 0.55:
            text_a = "'\\n'.join(%s)" % repr([r.choice(["alpha", "beta", "gamma", ""]) for _ in range(r.randint(1, 5))])
            text_b = "'\\n'.join(%s)" % repr([r.choice(["alpha", "beta", "gama", "x"]) for _ in range(r.randint(1, 5))])
            items.append(show(f"tc.assertMultiLineEqual({text_a}, {text_b}{msg})"))
        elif k < 0.65:
            items.append(show(f"tc.assertIn({a}, {b}{msg})"))
        elif k < 0.75:
            x, y = r.choice([("1.0", "1.0000001"), ("1.0", "1.1"), ("0", "1e-8"), ("5", "5.5")])
            extra = r.choice(["", ", places=2", ", delta=0.2", ", places=1, delta=1"])
            items.append(show(f"tc.assertAlmostEqual({x}, {y}{extra})"))
        elif k < 0.85:
            items.append(show(f"tc.assertSequenceEqual(list({a}) if isinstance({a}, (list, tuple)) else [{a}], [{b}]{msg})"))
        else:
            op = r.choice(["assertLess", "assertGreater", "assertIsNone", "assertTrue", "assertNotEqual"])
            args = f"{a}" if op in ("assertIsNone", "assertTrue") else f"{a}, {b}"
            items.append(show(f"tc.{op}({args}{msg})"))
    return header, items


def snip_asyncio(r):
    """asyncio: the interleaving of tasks on the loop's FIFO ready queue
    (only `sleep(0)`, never a timed sleep: the order must not depend on
    the machine's speed), gather with and without return_exceptions,
    cancellation at random points, queues, events, locks and task groups;
    each item an `asyncio.run` of its own."""
    header = [
        "import asyncio",
        "log = []",
        "async def worker(name, steps, fail=False):",
        "    try:",
        "        for i in range(steps):",
        "            log.append(f'{name}{i}')",
        "            await asyncio.sleep(0)",
        "    except asyncio.CancelledError:",
        "        log.append(f'{name} cancelled')",
        "        raise",
        "    if fail:",
        "        raise ValueError(name)",
        "    return name * steps",
    ]
    items = []
    for k in range(r.randint(2, 4)):
        specs = [(chr(97 + j), r.randint(0, 4), r.random() < 0.25) for j in range(r.randint(1, 4))]
        calls = ", ".join(f"worker({n!r}, {st}, {fl})" for n, st, fl in specs)
        kind = r.choice(["gather", "gather_exc", "tasks", "cancel", "queue", "event", "lock", "group", "wait_for"])
        body = [f"async def main{k}():"]
        if kind == "gather":
            body.append(f"    return await asyncio.gather({calls})")
        elif kind == "gather_exc":
            body.append(f"    r = await asyncio.gather({calls}, return_exceptions=True)")
            body.append("    return [x if isinstance(x, str) else repr(x) for x in r]")
        elif kind == "tasks":
            body.append(f"    ts = [asyncio.create_task(c) for c in ({calls},)]")
            body.append(f"    for _ in range({r.randint(0, 3)}):")
            body.append("        await asyncio.sleep(0)")
            body.append("    out = []")
            body.append("    for t in ts:")
            body.append("        try:")
            body.append("            out.append(await t)")
            body.append("        except ValueError as e:")
            body.append("            out.append('err ' + str(e))")
            body.append("    return out")
        elif kind == "cancel":
            body.append(f"    ts = [asyncio.create_task(c) for c in ({calls},)]")
            body.append(f"    for _ in range({r.randint(0, 3)}):")
            body.append("        await asyncio.sleep(0)")
            victim = r.randrange(len(specs))
            msg = r.choice(["", "'stop'"])
            body.append(f"    ts[{victim}].cancel({msg})")
            body.append("    r = await asyncio.gather(*ts, return_exceptions=True)")
            body.append("    return [x if isinstance(x, str) else repr(x) for x in r], [t.cancelled() for t in ts]")
        elif kind == "queue":
            n = r.randint(1, 5)
            maxsize = r.randint(0, 3)
            body.append(f"    q = asyncio.{r.choice(['Queue', 'LifoQueue', 'PriorityQueue'])}({maxsize})")
            body.append("    async def prod():")
            body.append(f"        for i in {[r.randint(0, 9) for _ in range(n)]}:")
            body.append("            await q.put(i)")
            body.append("            log.append(f'put {i} {q.qsize()}')")
            body.append("    async def cons():")
            body.append(f"        for _ in range({n}):")
            body.append("            log.append(f'got {await q.get()}')")
            body.append("            q.task_done()")
            body.append("    await asyncio.gather(prod(), cons())")
            body.append("    await q.join()")
            body.append("    return str(q)")
        elif kind == "event":
            body.append("    ev = asyncio.Event()")
            body.append("    async def waiter(n):")
            body.append("        await ev.wait()")
            body.append("        log.append(f'woke {n}')")
            body.append(f"    ts = [asyncio.create_task(waiter(n)) for n in range({r.randint(1, 4)})]")
            body.append(f"    for _ in range({r.randint(0, 2)}):")
            body.append("        await asyncio.sleep(0)")
            body.append("    ev.set()")
            body.append("    await asyncio.gather(*ts)")
            body.append("    return ev.is_set()")
        elif kind == "lock":
            body.append(f"    lock = asyncio.{r.choice(['Lock()', 'Semaphore(2)', 'BoundedSemaphore(1)'])}")
            body.append("    async def crit(n):")
            body.append("        async with lock:")
            body.append("            log.append(f'in {n}')")
            body.append(f"            for _ in range({r.randint(0, 2)}):")
            body.append("                await asyncio.sleep(0)")
            body.append("            log.append(f'out {n}')")
            body.append(f"    await asyncio.gather(*(crit(n) for n in range({r.randint(1, 4)})))")
            body.append("    return lock.locked()")
        elif kind == "group":
            body.append("    try:")
            body.append("        async with asyncio.TaskGroup() as tg:")
            body.append(f"            ts = [tg.create_task(c) for c in ({calls},)]")
            body.append("    except ExceptionGroup as eg:")
            body.append("        return 'group', sorted(str(e) for e in eg.exceptions)")
            body.append("    return [t.result() for t in ts]")
        else:
            body.append("    try:")
            body.append(f"        return await asyncio.wait_for(worker('w', {r.randint(0, 3)}), {r.choice(['None', '0', '5'])})")
            body.append("    except TimeoutError:")
            body.append("        return 'timeout'")
        body.append("log.clear()")
        body.append(f"print(repr(asyncio.run(main{k}())))")
        body.append("print(log)")
        items.append("\n".join(body))
    return header, items


SNIPPETS = [
    (snip_int_ops, 4), (snip_float_ops, 3), (snip_complex_ops, 2), (snip_strings, 3), (snip_lists, 2), (snip_dicts, 2),
    (snip_sets, 2), (snip_comprehensions, 2), (snip_closures, 1), (snip_classes, 2),
    (snip_exceptions, 2), (snip_generators, 2), (snip_with, 1), (snip_match, 2),
    (snip_modules, 3), (snip_special_methods, 2), (snip_exception_groups, 1), (snip_bytes, 2), (snip_surrogates, 1),
    (snip_reduce, 1), (snip_hashlib, 1),
    (snip_textwrap, 1), (snip_pprint, 1), (snip_urllib, 1),
    (snip_datetime, 2),
    (snip_re, 3),
    (snip_csv, 1), (snip_pathlib, 1),
    (snip_subprocess, 1),
    (snip_unicodedata, 1),
    (snip_codecs, 1),
    (snip_argparse, 1),
    (snip_unittest, 1),
    (snip_fractions, 1),
    (snip_statistics, 1),
    (snip_decimal, 2),
    (snip_pickle, 2),
    (snip_zlib, 1), (snip_gzip, 1), (snip_uuid, 1),
    (snip_asyncio, 1),
]

# ---------------------------------------------------------------- programs


def generate(seed):
    """The parts of program `seed`: a list of snippets and the tail.

    Each snippet is (header_lines, items); the tail is None or a statement
    run at module level after every snippet (an uncaught exception, so the
    traceback report and exit status are compared too).
    """
    r = random.Random(seed)
    gens = [g for g, w in SNIPPETS for _ in range(w)]
    snippets = [r.choice(gens)(r) for _ in range(r.randint(4, 8))]
    tail = None
    if r.random() < 0.1:
        tail = r.choice([
            "def boom(x):\n    return 10 // x\ndef mid(x):\n    return boom(x - 1) + 1\nmid(1)",
            "d = {'a': 1}\nprint(d['b'])",
            "def f():\n    raise ValueError('from f')\ntry:\n    f()\nexcept ValueError as e:\n    raise RuntimeError('again') from e",
            "xs = [1, 2]\nxs[5] = 0",
        ])
    return snippets, tail


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + ln if ln else ln for ln in text.splitlines())


def render(parts, seed=None):
    snippets, tail = parts
    out = []
    if seed is not None:
        out.append(f"# Generated by tests/difftest/gen.py, seed {seed}.")
    out.append(PRELUDE)
    for idx, (header, items) in enumerate(snippets):
        out.append(f"def t{idx}():")
        body = list(header) + [ln for it in items for ln in it.splitlines()]
        if not body:
            body = ["pass"]
        out.append(indent("\n".join(body), 4))
        out.append(f"try:\n    t{idx}()\nexcept Exception as e:\n    print('t{idx}', '!', type(e).__name__, e)")
    if tail is not None:
        out.append(tail)
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py SEED")
    seed = int(sys.argv[1])
    sys.stdout.write(render(generate(seed), seed))


if __name__ == "__main__":
    main()
