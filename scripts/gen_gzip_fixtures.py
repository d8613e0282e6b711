#!/usr/bin/env python3
"""Writes the gzip files CPython 3.11 produces that tests/programs/stdlib_gzip/
reads (data/), so the tests check alc's gzip against files CPython wrote.

Run from the repository root: python3 scripts/gen_gzip_fixtures.py
"""

import gzip
import os
import struct
import zlib

OUT = os.path.join("tests", "programs", "stdlib_gzip", "data")


def sample(n):
    """Deterministic, somewhat compressible bytes."""
    words = [b"alpha", b"beta", b"gamma", b"delta", b"\x00\xff", b"zeta\n"]
    out = bytearray()
    x = 12345
    while len(out) < n:
        x = (x * 1103515245 + 12345) % 2**31
        out += words[x % len(words)]
        if x % 7 == 0:
            out.append(x % 256)
    return bytes(out[:n])


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "hello.txt.gz")
    with gzip.GzipFile(path, "wb", mtime=1700000000) as f:
        f.write(b"Hello from CPython's gzip!\n")
    for level in (1, 6, 9):
        path = os.path.join(OUT, "sample_l%d.bin.gz" % level)
        with gzip.GzipFile(path, "wb", compresslevel=level, mtime=1234567890) as f:
            f.write(sample(100000))
    path = os.path.join(OUT, "multi.gz")
    with gzip.GzipFile(path, "wb", mtime=1) as f:
        f.write(b"first member\n")
    with gzip.GzipFile(path, "ab", mtime=2) as f:
        f.write(b"second member\n")
    text = "caf\u00e9 line one\r\nline two\rline three\nend \u20ac"
    path = os.path.join(OUT, "text.gz")
    with gzip.GzipFile(path, "wb", mtime=3) as f:
        f.write(text.encode("utf-8"))
    write("compress_mtime.gz", gzip.compress(sample(5000), mtime=1000000000))
    # A member with every optional header field (CPython reads them all,
    # its writer never writes them), then zero padding and a second member.
    flags = gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, 42, 0, 3)
    header += struct.pack("<H", 4) + b"XY\x00\x00" + b"name.txt\x00" + b"a comment\x00"
    header += struct.pack("<H", zlib.crc32(header) & 0xffff)
    payload = b"payload with every header field\n"
    body = zlib.compress(payload, 6, -15)
    trailer = struct.pack("<LL", zlib.crc32(payload), len(payload))
    write("fields.gz", header + body + trailer + b"\x00" * 5 + gzip.compress(b"tail\n", mtime=5))


if __name__ == "__main__":
    main()
