#!/usr/bin/env python3
"""Generates rt/src/objects/str/cases.rs: str methods, format(), str.format and `%`
cases with CPython 3.11's results as the expected values.
Run: PYTHONHASHSEED=0 python3 rt/tools/gen_str_tests.py"""

import os
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"


def rs_str(s):
    out = ['"']
    for c in s:
        o = ord(c)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif 0x20 <= o < 0x7F:
            out.append(c)
        elif 0xD800 <= o < 0xE000:
            raise ValueError("surrogate")
        else:
            out.append("\\u{%x}" % o)
    out.append('"')
    return "".join(out)


def rs_val(v):
    if v is None:
        return "N"
    if v is True or v is False:
        return "B(%s)" % ("true" if v else "false")
    if isinstance(v, int):
        if -(2**62) <= v < 2**62:
            return "I(%d)" % v
        return 'Big("%d")' % v
    if isinstance(v, float):
        return "F(0x%016x)" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "S(%s)" % rs_str(v)
    if isinstance(v, tuple):
        return "T(&[%s])" % ", ".join(rs_val(x) for x in v)
    if isinstance(v, list):
        return "L(&[%s])" % ", ".join(rs_val(x) for x in v)
    if isinstance(v, dict):
        return "D(&[%s])" % ", ".join("(%s, %s)" % (rs_str(k), rs_val(x)) for k, x in v.items())
    raise TypeError(v)


def show(v):
    """The test helper's rendering of a result (repr for str/list/tuple)."""
    return repr(v)


def outcome(thunk):
    try:
        r = thunk()
        return "Ok(%s)" % rs_str(show(r))
    except Exception as e:
        msg = repr(e.args[0]) if isinstance(e, KeyError) else str(e)
        return "Err((%s, %s))" % (rs_str(type(e).__name__), rs_str(msg))


FORMAT_CASES = [
    (1234, '010,'), (1234, '09,'), (-1234, '010,'), (1234567, '_'), (255, '#_b'), (255, '_x'),
    (2**40, '_X'), (255, '#010x'), (255, '#X'), (-255, '#o'), (65, 'c'), (65, '>5c'), (65, '05c'),
    (True, ''), (True, '>5'), (True, 'd'), (False, '.2f'), (1, 'n'), (12345, 'n'), (1, '%'),
    (1, '.2%'), (5, 'e'), (10**20, ',d'), (-10**20, '_x'), (0, 'b'), (0, '#x'), (-1, '+'),
    (1.5, ''), (1e16, ''), (1e16, '.3'), (0.1, '.3g'), (1234.5, ',.2f'), (1e-5, 'g'),
    (123.0, '.2'), (1.0, '.3'), (123456789.0, ''), (1e22, '.3'), (0.0001, ''), (0.00001, ''),
    (1.0, '#.0f'), (1.0, '#g'), (1.0, 'g'), (100.0, '#.3g'), (float('inf'), '010'),
    (float('-inf'), '+'), (float('nan'), '+08.2f'), (-0.0, ''), (-0.0, 'z'), (-0.0001, 'z.2f'),
    (-0.0, 'z.2e'), (0.5, '.0f'), (1.5, '.0f'), (2.5, '.0f'), (1e300, '.2f'), (-1.5, '=+10.3f'),
    (3.14159, '^12.3e'), (12345.6789, '_.2f'), (12345.6789, '012,.2f'), (1e100, ','),
    (1234.5, 'n'), (0.000012345, '.3n'), (12.0, '%'), (0.125, '.1%'), (3.0, 'E'), (3.0, 'G'),
    (1e-10, 'G'), (float('nan'), 'E'), (float('inf'), 'F'), (1.23456789e-7, '.12'),
    (2.0**53 + 1, '.0f'), (5e-324, ''), (1.7976931348623157e308, ''), (0.1 + 0.2, ''),
    (1 / 3, '.17'), (1 / 3, '.30f'), (1.5, '=^10'), (1.5, 'x=10'), (1e16, '.16'), (1e16, '.17'),
    (123.456, '.0'), (0.0, '.0'), (0.0, ''), (9.999, '.2'), (9.5, '.0e'), (0.001, '.0f'),
    (-0.001, '.2f'), (-0.001, 'z.2f'), (1e-4, '.3'), (1.0e-5, '.3'), (0.5, '#.0e'), (2.0, '+.1'),
    (1234567.0, ','), (1234567.125, '_'), (1e6, ',.0f'), (-1234.5, '012,.1f'),
    (123, '+'), (123, ' '), (-123, ' '), (123, '='), (12, '#'), (12, '0'), (12, '00'), (12, '=10'),
    (12, '*^9'), (-12, '*<9'), (-12, '0=9'), (-12, '09'), (12, '<09'), (1.5, '09'), (-1.5, '<09'),
    ('abc', '>6'), ('abc', '^7'), ('abc', '*<6'), ('abc', '.2'), ('abc', '6.2'), ('ab', '05'),
    ('abc', 's'), ('\U0001F600', 'x^5'), ('h\xe9llo', '.2'), ('abc', ''), ('ab', '\u20ac>5'),
    (None, ''), ((1, 2), ''), ([1], ''),
    # errors
    (1, '.2'), (1.0, 'd'), ('a', 'd'), ('a', '+'), ('a', '#'), (1, 'z'), ('a', 'z'), (1, ',b'),
    (1, ',_'), (1, '_,'), (1, 'xx'), (1.0, '.'), (1, '+c'), (1, '#c'), (-1, 'c'), (2**21, 'c'),
    (1, '99999999999999999999'), (1.0, '=x'), (1, 'abc'), ([], 'x'), (None, '5'), ((1,), '>5'),
    (1, 'Z'), ('a', '\x85'), (1, '_n'), (1, ',c'), (1.0, ',n'), ('x', '=5'), (1.0, 'xyz'),
]

PERCENT_CASES = [
    ("%05s", "ab"), ("%-5s|", "ab"), ("%.1s", "ab"), ("%5.1r", "ab"), ("%a", "\xe9"), ("%c", 65),
    ("%c", "\xe9"), ("%5c", 65), ("%05c", 65), ("%d", 3.7), ("%d", True), ("%i", -3), ("%u", 7),
    ("%5d", -42), ("%-5d|", -42), ("%05d", -42), ("%+d", 5), ("% d", 5), ("%+ d", 5),
    ("%.5d", 42), ("%+.3d", 5), ("%#x", 255), ("%#X", 255), ("%#o", 8), ("%#10x", 255),
    ("%#010x", 255), ("%-#10x|", 255), ("%#.5x", 42), ("%x", -255), ("%#x", -255),
    ("%#010x", -255), ("%e", 12345.678), ("%E", 0.0), ("%.2e", 1e100), ("%f", 1.5),
    ("%.0f", 2.5), ("%#.0f", 2.0), ("%F", float('inf')), ("%g", 1e-5), ("%g", 123456789.0),
    ("%#g", 1.0), ("%G", 1e-10), ("%.3g", 0.0001234), ("%010.3f", -3.14159),
    ("%-10.3f|", 3.14159), ("%+.2f", 0.0), ("% .2f", -0.0), ("%f", 10**20), ("%f", True),
    ("%s", 1.0), ("%r", 1e16), ("%%", ()), ("%*d", (5, 42)), ("%-*d|", (5, 42)),
    ("%*d", (-5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 2, 3.14159)),
    ("%(a)s-%(b)05.1f", {'a': 'x', 'b': 2.25}), ("%s", {'a': 1}), ("%s %s", ([1], 2)),
    ("hello", [1]), ("%s", ((1, 2),)), ("%s", (1,)), ("%s", [1, 2]), ("%ld %hd %Lf", (1, 2, 3.0)),
    ("%#o", 0), ("%x", 2**70), ("%d", 2**70), ("%.3s", "abcdef"), ("%s", None), ("%d", 0.0),
    ("%d", -0.5), ("%c", 0x1F600), ("%i format", 3), ("%%s %s", 'x'), ("%(a)s %%", {'a': 1}),
    ("%05f", float('inf')), ("%-05d|", 3), ("%s and %r", ("it's", "it's")), ("%.2f%%", 99.5),
    ("%5.2s|", "abc"), ("%x", True), ("%o", -8), ("%X", 0xABCDEF), ("%g", 0.0), ("%g", 1e16),
    ("%.0g", 123.0), ("%s", "\u20ac"), ("%-3c|", "\u20ac"), ("%3d%%", 50), ("%s %s %s", (1, 2.5, 'x')),
    # errors
    ("%d", "x"), ("%i", "x"), ("%x", 3.0), ("%o", "x"), ("%f", "x"), ("%c", "ab"), ("%c", 3.0),
    ("%c", -1), ("%d %d", (1,)), ("%d", (1, 2)), ("hello", 5), ("%y", 1), ("abc %", 1),
    ("%(a", {}), ("%(a)s", (1,)), ("%(a)s", 1), ("%*d", ("x", 1)), ("%.*d", ("x", 1)),
    ("%(a)s", {}), ("%\xe9", 1), ("%s %(a)s", {'a': 1}), ("%(a)s %s", {'a': 1}), ("%d", None),
    ("%f", None), ("%x", None), ("%c", None), ("%99999999999999999999d", 1),
    ("%.99999999999999999999d", 1), ("%s", ()), ("%", ()), ("%-", 1), ("%5", 1), ("%.", 1),
    ("%5%", 1), ("%5%", ()), ("%s%", (1,)), ("%.2%", ()), ("%%", 5), ("%d", float('nan')),
    ("%d", float('inf')),
]

# (format string, positional args, keyword args)
FORMAT_METHOD_CASES = [
    ("{} {}", (1, 'a'), {}), ("{1} {0} {1}", ('a', 'b'), {}), ("{x}-{y!r}", (), {'x': 1, 'y': 'q'}),
    ("{0[1]}", ([10, 20],), {}), ("{0[a]}", ({'a': 5},), {}), ("{d[k]}", (), {'d': {'k': 'v'}}),
    ("{:>{w}}", ('ab',), {'w': 6}), ("{:{}{}}", (3.14159, '.', '2f'), {}), ("{{}} {{{}}}", (7,), {}),
    ("{!r:>8}", ('x',), {}), ("{!a}", ('\xe9',), {}), ("{!s}", (1.5,), {}), ("{0:}", (5,), {}),
    ("{:,}", (1234567,), {}), ("{:08.3f}", (-3.14159,), {}), ("{0!r:^9}", ('ab',), {}),
    ("{0}{0}", ('z',), {}), ("{:%}", (0.25,), {}), ("{0:{1}}", ('a', 5), {}),
    ("{:{}}", ('a', 5), {}), ("{0[0][1]}", (((1, 2),),), {}), ("plain", (), {}), ("", (), {}),
    ("{:d}", (True,), {}), ("{}", (True,), {}), ("{:x<4}", (None,), {}),
    ("{}\xe9{}", (1, 2), {}), ("\xe9{0!r}\u20ac", ("\U0001F600",), {}), ("{0:\u20ac^7}", ("ab",), {}),
    ("{\xe9}", (), {"\xe9": 3}), ("{0[\xe9]}", ({"\xe9": 4},), {}), ("{!\xe9}", (1,), {}),
    ("{0.real}", (5,), {}),
    # errors
    ("{} {1}", (1, 2), {}), ("{1} {}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}),
    ("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{!x}", (1,), {}), ("{0!}", (1,), {}),
    ("{0!rx}", (1,), {}), ("{0[}", ([1],), {}), ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:d}", ('a',), {}), ("{0[5]}", ([1],), {}),
    ("{a{b}}", (), {}), ("{0[]}", ([1],), {}), ("}}{", (), {}),
]

STR_METHOD_CASES = [
    ("a,b,,c", "split", (",",)), ("a,b,,c", "split", (",", 1)), ("a,b,,c", "rsplit", (",", 1)),
    ("  a b\tc\n ", "split", ()), ("  a b  c  ", "split", (None, 1)), ("  a b  c  ", "rsplit", (None, 1)),
    ("", "split", ()), ("", "split", (",",)), (" ", "split", (" ",)), ("aaa", "rsplit", ("aa",)),
    ("aXbXc", "split", ("X", 0)), ("a\u3000b\x85c", "split", ()), ("\u3000a\u3000b\u3000", "rsplit", (None, 1)),
    ("a::b::c", "split", ("::",)), ("h\xe9llo w\xf6rld", "split", ("\xf6",)), ("abc", "split", ("",)),
    ("abc", "split", (1,)), ("abc", "split", (",", "x")), ("one", "split", ()),
    ("a\r\nb\rc\x0bd\x1ce\x85f\u2028g", "splitlines", ()), ("a\r\nb\n", "splitlines", (True,)),
    ("", "splitlines", ()), ("x\n\n", "splitlines", ()), ("abc", "splitlines", ("x",)),
    ("-", "join", (["a", "b", "c"],)), ("", "join", (("x", "y"),)), (", ", "join", ([],)),
    ("-", "join", (["solo"],)), ("-", "join", (["a", 1],)), ("-", "join", (5,)), ("\xe9", "join", (["a", "\u20ac"],)),
    ("-", "join", ("abc",)), ("-", "join", ({"k": 1, "j": 2},)),
    ("  hi  ", "strip", ()), ("  hi  ", "lstrip", ()), ("  hi  ", "rstrip", ()), ("xxhixx", "strip", ("x",)),
    ("abcba", "strip", ("ab",)), ("\u3000h\xe9\u3000", "strip", ()), ("h\xe9h", "strip", ("h",)),
    ("hi", "strip", (None,)), ("hi", "strip", (1,)), ("", "strip", ()), ("   ", "strip", ()),
    ("\u20ac\xe9x\xe9\u20ac", "strip", ("\u20ac\xe9",)),
    ("hello", "replace", ("l", "L")), ("hello", "replace", ("l", "L", 1)), ("abc", "replace", ("", "-")),
    ("abc", "replace", ("", "-", 2)), ("aaa", "replace", ("aa", "b")), ("abc", "replace", ("x", "y")),
    ("h\xe9llo", "replace", ("\xe9", "e")), ("abc", "replace", ("b", "")), ("abc", "replace", ("a", "b", 0)),
    ("abc", "replace", ("a", "b", -1)), ("", "replace", ("", "x")), ("abc", "replace", (1, "b")),
    ("abcabc", "find", ("c",)), ("abcabc", "rfind", ("c",)), ("abcabc", "find", ("c", 3)),
    ("abcabc", "find", ("c", -2, -1)), ("abcabc", "find", ("",)), ("abc", "find", ("", 3)),
    ("abc", "find", ("", 4)), ("abc", "rfind", ("",)), ("abc", "find", ("", 2, 1)),
    ("h\xe9llo w\xf6rld", "find", ("w\xf6",)), ("h\xe9llo w\xf6rld", "rfind", ("l",)),
    ("h\xe9llo w\xf6rld", "find", ("l", 4, 20)), ("abc", "find", ("c", None, None)),
    ("abc", "index", ("b",)), ("abc", "index", ("z",)), ("abc", "rindex", ("z",)), ("abcb", "rindex", ("b",)),
    ("abc", "find", (1,)), ("abc", "find", ("a", "x")), ("abc", "find", ()), ("abc", "find", ("a", 1, 2, 3)),
    ("abcabca", "count", ("a",)), ("abcabca", "count", ("ab",)), ("abc", "count", ("",)),
    ("abc", "count", ("", 5)), ("aaaa", "count", ("aa",)), ("\xe9\xe9\xe9", "count", ("\xe9", 1)),
    ("hello", "startswith", ("he",)), ("hello", "startswith", (("x", "he"),)), ("hello", "endswith", ("lo",)),
    ("hello", "startswith", ("l", 2)), ("hello", "endswith", ("l", 0, 4)), ("abc", "startswith", ("", 4)),
    ("abc", "startswith", ("", 3)), ("abc", "endswith", ("",)), ("h\xe9llo", "startswith", ("\xe9", 1)),
    ("abc", "startswith", (1,)), ("abc", "startswith", ((1,),)), ("abc", "endswith", (("c", 1),)),
    ("hello", "center", (11, "*")), ("abc", "center", (6, "*")), ("ab", "center", (5,)), ("abcd", "center", (7,)),
    ("ab", "ljust", (5, "-")), ("ab", "rjust", (5, "\u20ac")), ("abc", "rjust", (2,)), ("a", "center", (5, "ab")),
    ("a", "center", (5, 1)), ("a", "center", ("x",)), ("a", "center", ()),
    ("-42", "zfill", (6,)), ("+", "zfill", (3,)), ("42", "zfill", (1,)), ("", "zfill", (3,)), ("x-1", "zfill", (5,)),
    ("a=b=c", "partition", ("=",)), ("a=b=c", "rpartition", ("=",)), ("abc", "partition", ("x",)),
    ("abc", "rpartition", ("x",)), ("abc", "partition", ("",)),
    ("a\tbc\t\nx\ty", "expandtabs", ()), ("a\tbc\t\nx\ty", "expandtabs", (4,)), ("a\tb", "expandtabs", (0,)),
    ("prefix_x", "removeprefix", ("prefix_",)), ("x", "removeprefix", ("y",)), ("x.py", "removesuffix", (".py",)),
    ("x", "removesuffix", ("",)), ("x", "removeprefix", (1,)),
    ("Hello World", "upper", ()), ("Hello World", "lower", ()), ("hello world", "title", ()),
    ("hELLO wORLD", "capitalize", ()), ("Hello", "swapcase", ()), ("Stra\xdfe", "casefold", ()),
    ("stra\xdfe \u03a3", "upper", ()), ("\u0391\u03a3 \u03a3", "lower", ()), ("", "title", ()),
    ("123", "isdigit", ()), ("12a", "isdigit", ()), ("", "isdigit", ()), ("\xb2", "isdecimal", ()),
    ("\xbd", "isnumeric", ()), ("abc", "isalpha", ()), ("ab1", "isalnum", ()), (" \t", "isspace", ()),
    ("ABC", "isupper", ()), ("abc", "islower", ()), ("Title Case", "istitle", ()), ("_id1", "isidentifier", ()),
    ("1id", "isidentifier", ()), ("a\x07", "isprintable", ()), ("abc", "isascii", ()), ("\xe9", "isascii", ()),
    ("abc", "upper", (1,)), ("{} {x}", "format", ()),
]


def method_outcome(s, name, args):
    return outcome(lambda: getattr(s, name)(*args))


def main():
    out = []
    w = out.append
    w("//! Generated by `rt/tools/gen_str_tests.py` from CPython 3.11: str methods,")
    w("//! `format()`, `str.format` and `%` cases with CPython's results. Do not edit.")
    w("")
    w("use crate::testing::{P, P::*};")
    w("")
    w("type Outcome = Result<&'static str, (&'static str, &'static str)>;")
    w("")
    w("/// `(value, spec, format(value, spec))`")
    w("#[rustfmt::skip]")
    w("pub static FORMAT: &[(P, &str, Outcome)] = &[")
    for v, spec in FORMAT_CASES:
        w("    (%s, %s, %s)," % (rs_val(v), rs_str(spec), outcome(lambda: format(v, spec))))
    w("];")
    w("")
    w("/// `(fmt, args, fmt % args)`")
    w("#[rustfmt::skip]")
    w("pub static PERCENT: &[(&str, P, Outcome)] = &[")
    for f, a in PERCENT_CASES:
        w("    (%s, %s, %s)," % (rs_str(f), rs_val(a), outcome(lambda: f % a)))
    w("];")
    w("")
    w("/// `(fmt, args, kwargs, fmt.format(*args, **kwargs))`")
    # Written as rustfmt writes it, so `cargo fmt --check` passes on the output.
    w("type FormatCall = (")
    w("    &'static str,")
    w("    &'static [P],")
    w("    &'static [(&'static str, P)],")
    w("    Outcome,")
    w(");")
    w("")
    w("#[rustfmt::skip]")
    w("pub static STR_FORMAT: &[FormatCall] = &[")
    for f, a, k in FORMAT_METHOD_CASES:
        kw = ", ".join("(%s, %s)" % (rs_str(n), rs_val(x)) for n, x in k.items())
        w("    (%s, &[%s], &[%s], %s)," % (rs_str(f), ", ".join(rs_val(x) for x in a), kw,
                                          outcome(lambda: f.format(*a, **k))))
    w("];")
    w("")
    w("/// `(receiver, method, args, receiver.method(*args))`")
    w("#[rustfmt::skip]")
    w("pub static METHODS: &[(&str, &str, &[P], Outcome)] = &[")
    for s, name, args in STR_METHOD_CASES:
        w("    (%s, %s, &[%s], %s)," % (rs_str(s), rs_str(name), ", ".join(rs_val(x) for x in args),
                                        method_outcome(s, name, args)))
    w("];")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "objects/str/cases.rs")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print(len(FORMAT_CASES), len(PERCENT_CASES), len(FORMAT_METHOD_CASES), len(STR_METHOD_CASES))


main()
