#!/usr/bin/env python3
"""Writes data/float_repr.txt: 100,000 lines `<16 hex digit bit pattern> <repr>`.

The bit patterns are uniformly random 64-bit words from a fixed seed, so the
file covers every exponent range, subnormals, infinities and NaNs (CPython
prints every NaN as `nan`). `float_repr.rs` checks alrt's float repr and
parsing against it. Regenerate with CPython 3.11:

    python3 rt/tests/gen_float_repr.py
"""

import os
import random
import struct

COUNT = 100_000
SEED = 20240611


def main() -> None:
    rng = random.Random(SEED)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "float_repr.txt")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="ascii", newline="\n") as f:
        for _ in range(COUNT):
            bits = rng.getrandbits(64)
            (x,) = struct.unpack("<d", struct.pack("<Q", bits))
            f.write(f"{bits:016x} {x!r}\n")


if __name__ == "__main__":
    main()
