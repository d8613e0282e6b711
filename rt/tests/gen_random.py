#!/usr/bin/env python3
"""Writes data/random.txt: what CPython 3.11's `_random.Random` (the
Mersenne Twister core of `random`) returns for a fixed set of seeds and
calls. `random_core.rs` replays every line against alrt's
`stdlib::random`. Regenerate with CPython 3.11 (the script re-runs itself
with PYTHONHASHSEED=0, since str seeds are seeded by their hash):

    python3 rt/tests/gen_random.py

Line format (tab-separated): `<seed> <calls> => <result>`. `<seed>` is the
repr of the argument given to `_random.Random(...)`, or `new` for a
generator made by `__new__` alone (never seeded). `<calls>` is the repr of
a list of `(method, args, times)` tuples, run in order on that generator
(a negative `times` runs the call `-times` times without recording its
results); `<result>` is the repr of the list of the recorded results, or
`!<Type>: <str(exc)>` for the first exception (which ends the line).
"""

import os
import sys

import _random

SEEDS = [0, 1, -1, 5, 42, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, -(2**32), 2**64 - 1, 2**64,
         12345678901234567890123, -(10**40) - 7, 3**200, 2**19937 - 1, 10**1000 + 13,
         True, False, 1.5, -1.5, 0.0, 1e300, float("inf"), "", "abc", "hello world", (1, 2)]


def run(seed, calls):
    g = _random.Random.__new__(_random.Random) if seed == "new" else _random.Random(seed)
    out = []
    try:
        for name, args, times in calls:
            for _ in range(abs(times)):
                r = getattr(g, name)(*args)
                if times > 0:
                    out.append(r)
    except Exception as e:  # noqa: BLE001 - every error is data here
        return f"!{type(e).__name__}: {e}"
    return repr(out)


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    sys.set_int_max_str_digits(0)
    lines = []

    def emit(seed, calls):
        lines.append("\t".join([repr(seed) if seed != "new" else "new", repr(calls), "=>",
                                run(seed, calls)]))

    for i, seed in enumerate(SEEDS):
        emit(seed, [("random", (), 30)])
        for k in [0, 1, 2, 7, 31, 32, 33, 53, 63, 64, 65, 96, 100, 1000]:
            emit(seed, [("getrandbits", (k,), 4)])
        # Past several twists, interleaved with random().
        emit(seed, [("random", (), -700), ("getrandbits", (40,), 5), ("random", (), 3),
                    ("getrandbits", (3000,), 1), ("random", (), 2)])
        if i % 6 == 0:
            emit(seed, [("getstate", (), 1)])
            emit(seed, [("random", (), -1000), ("getstate", (), 1)])
        emit(seed, [("seed", (7,), 1), ("random", (), 3), ("seed", (), 1), ("seed", (9,), 1),
                    ("random", (), 2)])
    emit("new", [("random", (), 3), ("getrandbits", (70,), 2), ("getstate", (), 1)])

    # setstate round trips: a state taken after some draws, restored into
    # a differently seeded generator, at every interesting index.
    for draws in [0, 1, 311, 623, 624, 625, 1500]:
        g = _random.Random(2024)
        for _ in range(draws):
            g.getrandbits(32)
        st = g.getstate()
        emit(99, [("setstate", (st,), 1), ("random", (), 5), ("getrandbits", (77,), 2),
                  ("getstate", (), 1)])
    words = list(_random.Random(3).getstate())
    emit(1, [("setstate", (tuple(words[:624] + [624]),), 1), ("random", (), 2)])
    big = tuple([2**32 + 5, 2**64 - 1, True] + words[3:624] + [0])
    emit(1, [("setstate", (big,), 1), ("random", (), 2), ("getstate", (), 1)])
    emit(1, [("setstate", (tuple(words[:624] + [True]),), 1), ("random", (), 2)])

    # Errors, with CPython's messages.
    words = [1] * 625
    for bad in [1, [1] * 625, (), (0,) * 624, (0,) * 626,
                tuple(words[:624] + [625]), tuple(words[:624] + [-1]),
                tuple([-1] + words[1:625]), tuple([2**64] + words[1:625]),
                tuple([1.5] + words[1:625]), tuple(["x"] + words[1:625]),
                tuple(words[:624] + [1.0]), tuple(words[:624] + [2**70]),
                tuple(words[:624] + [-(2**70)]), tuple(words[:624] + [None])]:
        emit(1, [("random", (), 1), ("setstate", (bad,), 1)])
    for args in [(), (1, 2), (-1,), (-(2**31),), (2**31,), (2**70,), (1.5,), ("a",), (None,),
                 (True,)]:
        emit(1, [("getrandbits", args, 1)])
    for name, args in [("random", (1,)), ("getstate", (1,)), ("setstate", ()),
                       ("setstate", (1, 2)), ("seed", (1, 2)), ("seed", ([1],)),
                       ("seed", ((1, [2]),))]:
        emit(1, [(name, args, 1)])

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "random.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
