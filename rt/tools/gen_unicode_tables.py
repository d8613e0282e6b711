#!/usr/bin/env python3
"""Generates rt/src/unicode_tables.rs from CPython's own str predicates and
case mappings, so Al's str methods agree with CPython 3.11 (Unicode 14.0)
character for character.  Run: python3 rt/tools/gen_unicode_tables.py"""

import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

FLAGS = [
    "PRINTABLE", "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LOWER",
    "UPPER", "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
MAX = 0x110000


def flags_of(cp):
    c = chr(cp)
    f = 0
    if c.isprintable():
        f |= BIT["PRINTABLE"]
    if c.isalpha():
        f |= BIT["ALPHA"]
    if c.isdecimal():
        f |= BIT["DECIMAL"]
    if c.isdigit():
        f |= BIT["DIGIT"]
    if c.isnumeric():
        f |= BIT["NUMERIC"]
    if c.isspace():
        f |= BIT["SPACE"]
    # For one character, islower/isupper test the Lowercase/Uppercase
    # properties directly.
    lower = c.islower()
    upper = c.isupper()
    title = unicodedata.category(c) == "Lt"
    if lower:
        f |= BIT["LOWER"]
    if upper:
        f |= BIT["UPPER"]
    if title:
        f |= BIT["TITLE"]
    cased = lower or upper or title
    if cased:
        f |= BIT["CASED"]
    # Case_Ignorable is only observable through the final-sigma rule of
    # str.lower(): probe it there.
    if cased:
        ignorable = ("1" + c + "\u03a3").lower()[-1] == "\u03c3"
    else:
        ignorable = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    if ignorable:
        f |= BIT["CASE_IGNORABLE"]
    if c.isidentifier():
        f |= BIT["XID_START"]
    if ("a" + c).isidentifier():
        f |= BIT["XID_CONTINUE"]
    return f


def mapping(cp, fn):
    c = chr(cp)
    if 0xD800 <= cp < 0xE000:
        return None
    m = fn(c)
    if m == c:
        return None
    assert 1 <= len(m) <= 3
    return [ord(x) for x in m]


def main():
    runs = []
    prev = None
    for cp in range(MAX):
        f = flags_of(cp)
        if f != prev:
            runs.append((cp, f))
            prev = f
    lower, upper, title, fold = [], [], [], []
    for cp in range(MAX):
        lo = mapping(cp, str.lower)
        up = mapping(cp, str.upper)
        ti = mapping(cp, str.title)
        fo = mapping(cp, str.casefold)
        if lo:
            lower.append((cp, lo))
        if up:
            upper.append((cp, up))
        # Store titlecase and casefold only where they differ from the
        # upper and lower mappings they usually equal.
        if (ti or [cp]) != (up or [cp]):
            title.append((cp, ti or [cp]))
        if (fo or [cp]) != (lo or [cp]):
            fold.append((cp, fo or [cp]))
    zeros = [cp for cp in range(MAX) if unicodedata.decimal(chr(cp), -1) == 0]
    for cp in range(MAX):
        d = unicodedata.decimal(chr(cp), -1)
        if d >= 0:
            assert cp - d in zeros, hex(cp)

    out = []
    w = out.append
    w("//! Unicode character data for `str` methods, generated from CPython 3.11")
    w(f"//! (Unicode {unicodedata.unidata_version}) by `rt/tools/gen_unicode_tables.py`. Do not edit.")
    w("")
    for name in FLAGS:
        w(f"/// Property bit `{name}`.")
        w(f"pub const {name}: u16 = {BIT[name]};")
    w("")
    w("/// Runs of code points sharing one set of property bits: each entry")
    w("/// `(first, bits)` holds until the next entry's first code point.")
    w("#[rustfmt::skip]")
    w(f"pub static FLAG_RUNS: [(u32, u16); {len(runs)}] = [")
    line = ""
    for cp, f in runs:
        item = f"(0x{cp:X},{f}),"
        if len(line) + len(item) > 96:
            w(line)
            line = ""
        line += item
    if line:
        w(line)
    w("];")
    for name, table, doc in [
        ("LOWER_MAP", lower, "Full lowercase mappings (`str.lower`)"),
        ("UPPER_MAP", upper, "Full uppercase mappings (`str.upper`)"),
        ("TITLE_MAP", title, "Titlecase mappings where they differ from `UPPER_MAP`"),
        ("FOLD_MAP", fold, "Case foldings where they differ from `LOWER_MAP`"),
    ]:
        w("")
        w(f"/// {doc}; unused slots are 0.")
        w("#[rustfmt::skip]")
        w(f"pub static {name}: [(u32, [u32; 3]); {len(table)}] = [")
        line = ""
        for cp, m in table:
            m = m + [0] * (3 - len(m))
            item = f"(0x{cp:X},[0x{m[0]:X},0x{m[1]:X},0x{m[2]:X}]),"
            if len(line) + len(item) > 96:
                w(line)
                line = ""
            line += item
        if line:
            w(line)
        w("];")
    w("")
    w("/// Code points of decimal digit zero; each starts a run of ten digits.")
    w("#[rustfmt::skip]")
    w(f"pub static DECIMAL_ZEROS: [u32; {len(zeros)}] = [")
    line = ""
    for cp in zeros:
        item = f"0x{cp:X},"
        if len(line) + len(item) > 96:
            w(line)
            line = ""
        line += item
    if line:
        w(line)
    w("];")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "text/unicode_tables.rs")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"runs={len(runs)} lower={len(lower)} upper={len(upper)} title={len(title)} fold={len(fold)} zeros={len(zeros)}")


main()
