#!/usr/bin/env python3
"""Writes unicodedata_cases.txt: for each block of 4096 code points, an
FNV-1a 64-bit digest of what CPython 3.11's unicodedata answers for every
code point in it (one line per code point: category, bidirectional, east
asian width, combining, mirrored, decimal, digit, numeric, decomposition,
name, and the four normal forms of the character), so the rt unit test
compares every answer over all code points without storing them all.
Run: python3 rt/src/stdlib/testdata/gen_unicodedata_cases.py"""

import os
import sys
import unicodedata as u

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"


def line(cp):
    c = chr(cp)
    fields = [u.category(c), u.bidirectional(c), u.east_asian_width(c), str(u.combining(c)),
              str(u.mirrored(c)), repr(u.decimal(c, None)), repr(u.digit(c, None)),
              repr(u.numeric(c, None)), u.decomposition(c), u.name(c, "-")]
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        fields.append(" ".join("%X" % ord(x) for x in u.normalize(form, c)))
    return "|".join(fields) + "\n"


def fnv(data, h):
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    out = os.path.join(os.path.dirname(__file__), "unicodedata_cases.txt")
    with open(out, "w") as f:
        for block in range(0x110000 // 4096):
            h = 0xCBF29CE484222325
            for cp in range(block * 4096, (block + 1) * 4096):
                h = fnv(line(cp).encode("ascii"), h)
            f.write("%04X %016x\n" % (block, h))


main()
