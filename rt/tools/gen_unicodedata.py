#!/usr/bin/env python3
"""Generates rt/src/stdlib/unicodedata/tables.rs, the data behind the
`unicodedata` module and the `namereplace` error handler, from CPython
3.11's own unicodedata module (Unicode 14.0), so every answer agrees with
CPython code point for code point.  Candidate alias names come from
perl's copy of the Unicode names list and named sequences from the UCD's
NamedSequences.txt; each is kept only if CPython's `lookup` accepts it.
Run: python3 rt/tools/gen_unicodedata.py"""

import collections
import os
import sys
import unicodedata as u

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert u.unidata_version == "14.0.0"

MAX = 0x110000
UNICORE = "/usr/share/perl/5.36.0/unicore"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "stdlib", "unicodedata", "tables.rs")

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
              "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi",
              "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN",
        "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>",
        "<circle>", "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>",
        "<square>", "<fraction>", "<compat>"]
# Names CPython computes rather than stores (its lookup of them is case
# sensitive, unlike the stored names).
ALGORITHMIC = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")
# Stored names that are a prefix plus the code point in hex, kept as ranges.
RANGED = ("CJK COMPATIBILITY IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")


def rust_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if 0x20 <= x < 0x7F and c not in '"\\':
            out.append(c)
        else:
            out.append("\\x%02x" % x)
    return 'b"' + "".join(out) + '"'


def rust_list(xs, per=24):
    lines = []
    for i in range(0, len(xs), per):
        lines.append("    " + ", ".join(str(x) for x in xs[i:i + per]) + ",")
    return "&[\n" + "\n".join(lines) + "\n]"


def paged(values, shift):
    """Two-level table: index[cp >> shift] -> page, pages[page << shift | low]."""
    size = 1 << shift
    pages, index, seen = [], [], {}
    for start in range(0, len(values), size):
        page = tuple(values[start:start + size])
        if page not in seen:
            seen[page] = len(seen)
            pages.extend(page)
        index.append(seen[page])
    return index, pages


def props():
    records, rec_ids, per_cp, numerics = [], {}, [], []
    for cp in range(MAX):
        c = chr(cp)
        num = u.numeric(c, None)
        if num is not None and num not in numerics:
            numerics.append(num)
        r = (CATEGORIES.index(u.category(c)), BIDI.index(u.bidirectional(c)),
             EAW.index(u.east_asian_width(c)), u.combining(c), int(u.mirrored(c)),
             255 if u.decimal(c, None) is None else u.decimal(c),
             255 if u.digit(c, None) is None else u.digit(c),
             255 if num is None else numerics.index(num))
        if r not in rec_ids:
            rec_ids[r] = len(records)
            records.append(r)
        per_cp.append(rec_ids[r])
    return records, per_cp, numerics


def decompositions():
    cps, offsets, data = [], [], []
    for cp in range(MAX):
        d = u.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = TAGS.index(parts[0])
            parts = parts[1:]
        cps.append(cp)
        offsets.append(len(data))
        data.append(tag << 8 | len(parts))
        data.extend(int(p, 16) for p in parts)
    return cps, offsets, data


def compositions():
    pairs = []
    for cp in range(MAX):
        d = u.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(p, 16) for p in d.split()]
        if len(parts) == 2 and u.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            pairs.append((parts[0], parts[1], cp))
    pairs.sort()
    return pairs


def names():
    table, ranges = {}, []
    run = None
    for cp in range(MAX):
        n = u.name(chr(cp), None)
        if n is None:
            continue
        if n.startswith(ALGORITHMIC):
            continue
        prefix = next((p for p in RANGED if n.startswith(p)), None)
        if prefix is not None:
            assert n == prefix + "%04X" % cp
            if run and run[1] == cp and run[2] == prefix:
                run[1] = cp + 1
            else:
                run = [cp, cp + 1, prefix]
                ranges.append(run)
            continue
        table[cp] = n
    return table, ranges


def encode_names(table):
    words = collections.Counter(w for n in table.values() for w in n.split(" "))
    order = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))]
    assert len(order) <= 0x40 + 0x40 * 256
    widx = {w: i for i, w in enumerate(order)}
    text, blocks = bytearray(), []
    for i, w in enumerate(order):
        if i % 16 == 0:
            blocks.append(len(text))
        b = w.encode("ascii")
        text += b[:-1] + bytes([b[-1] | 0x80])
    stream, name_blocks, runs = bytearray(), [], []
    prev = None
    for k, cp in enumerate(sorted(table)):
        if k % 32 == 0:
            name_blocks.append(len(stream))
        if prev is None or cp != prev + 1:
            runs.append((cp, k))
        prev = cp
        ws = table[cp].split(" ")
        for j, w in enumerate(ws):
            i = widx[w]
            last = 0x80 if j == len(ws) - 1 else 0
            if i < 0x40:
                stream.append(last | i)
            else:
                i -= 0x40
                stream.append(last | 0x40 | (i >> 8))
                stream.append(i & 0xFF)
    runs.append((MAX, len(table)))
    return text, blocks, stream, name_blocks, runs


def aliases_and_sequences(table):
    aliases = []
    with open(os.path.join(UNICORE, "Name.pl"), encoding="ascii") as f:
        lines = f.read().split("\n")
    i = lines.index("return <<'END';") + 1
    while i + 1 < len(lines) and lines[i] != "END":
        cps, name = lines[i], lines[i + 1]
        i += 3
        if " " in cps:
            continue
        cp = int(cps, 16)
        try:
            ok = u.lookup(name) == chr(cp)
        except KeyError:
            ok = False
        if ok and u.name(chr(cp), None) != name:
            aliases.append((name, cp))
    seqs = []
    with open(os.path.join(UNICORE, "NamedSequences.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, cps = line.split(";")
            s = "".join(chr(int(p, 16)) for p in cps.split())
            if u.lookup(name) == s:
                seqs.append((name, s))
    return sorted(set(aliases)), seqs


def main():
    records, per_cp, numerics = props()
    best = None
    for shift in range(4, 10):
        index, pages = paged(per_cp, shift)
        size = len(index) * 2 + len(pages) * 2
        if best is None or size < best[0]:
            best = (size, shift, index, pages)
    _, shift, index, pages = best
    dcps, doffs, ddata = decompositions()
    pairs = compositions()
    table, ranges = names()
    wtext, wblocks, stream, nblocks, runs = encode_names(table)
    aliases, seqs = aliases_and_sequences(table)
    alias_text = bytearray()
    for name, cp in aliases:
        alias_text += name.encode() + b";" + ("%X" % cp).encode() + b"\n"
    seq_text = bytearray()
    for name, s in seqs:
        seq_text += name.encode() + b";" + " ".join("%X" % ord(c) for c in s).encode() + b"\n"
    o = []
    o.append("//! Unicode 14.0 character data as CPython 3.11's unicodedata has it,")
    o.append("//! generated by rt/tools/gen_unicodedata.py; do not edit.")
    o.append("")
    o.append("use super::data::{Record, Tables};")
    o.append("")
    o.append("/// Every table, reached only through `alc_rt_unicodedata_link`.")
    o.append("pub static TABLES: Tables = Tables {")
    o.append(f"    shift: {shift},")
    o.append("    records: &[")
    for r in records:
        o.append("        Record { category: %d, bidi: %d, eaw: %d, combining: %d, mirrored: %d, decimal: %d, digit: %d, numeric: %d }," % r)
    o.append("    ],")
    o.append(f"    index: {rust_list(index)},")
    o.append(f"    pages: {rust_list(pages)},")
    o.append(f"    numerics: &[{', '.join(repr(float(x)) for x in numerics)}],")
    o.append(f"    decomp_cps: {rust_list(dcps)},")
    o.append(f"    decomp_offsets: {rust_list(doffs)},")
    o.append(f"    decomp_data: {rust_list(ddata)},")
    o.append(f"    compose: {rust_list(['(%d, %d, %d)' % p for p in pairs], 8)},")
    o.append(f"    words: {rust_bytes(wtext)},")
    o.append(f"    word_blocks: {rust_list(wblocks)},")
    o.append(f"    names: {rust_bytes(stream)},")
    o.append(f"    name_blocks: {rust_list(nblocks)},")
    o.append(f"    name_runs: {rust_list(['(%d, %d)' % r for r in runs], 8)},")
    rs = ", ".join('(%d, %d, "%s")' % (a, b, p) for a, b, p in ranges)
    o.append(f"    ranged: &[{rs}],")
    o.append(f"    aliases: {rust_bytes(alias_text)},")
    o.append(f"    sequences: {rust_bytes(seq_text)},")
    o.append("};")
    with open(OUT, "w") as f:
        f.write("\n".join(o) + "\n")
    print(f"shift {shift}, {len(records)} records, {len(index)}+{len(pages)} page entries, "
          f"{len(dcps)} decompositions ({len(ddata)} words), {len(pairs)} pairs, "
          f"{len(table)} names ({len(stream)} bytes, {len(wtext)} bytes of words, "
          f"{len(runs)} runs), {len(ranges)} ranges, {len(aliases)} aliases, {len(seqs)} sequences")


main()
