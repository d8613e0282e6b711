#!/usr/bin/env python3
"""Writes time_cases.txt: CPython 3.11's results for the deterministic parts
of the `time` module (calendar conversions, formatting, argument checking,
errors) with TZ=UTC. `rt/src/stdlib/time/tests.rs` replays every line
against rt. Regenerate with CPython 3.11:

    TZ=UTC python3 rt/src/stdlib/testdata/gen_time_cases.py

Line format: as `math_cases.txt` (see `gen_math_cases.py`); the function
`struct_time` is the class.
"""

import os
import random
import time

assert time.timezone == 0 and time.tzname == ("UTC", "UTC"), "run with TZ=UTC"

rng = random.Random(7)
lines = []


class Kw:
    def __init__(self, name, value):
        self.name, self.value = name, value


def arg_repr(a):
    if isinstance(a, Kw):
        return f"{a.name}={arg_repr(a.value)}"
    if isinstance(a, time.struct_time):
        raise TypeError("struct_time arguments are written by rt tests directly")
    if isinstance(a, (list, tuple)):
        inner = ", ".join(arg_repr(x) for x in a)
        if isinstance(a, tuple):
            return "(" + inner + ("," if len(a) == 1 else "") + ")"
        return "[" + inner + "]"
    return repr(a)


def case(fname, *args):
    f = getattr(time, fname)
    pos = [a for a in args if not isinstance(a, Kw)]
    kw = {a.name: a.value for a in args if isinstance(a, Kw)}
    try:
        res = repr(f(*pos, **kw))
    except Exception as e:  # noqa: BLE001 - every error is data here
        res = f"!{type(e).__name__}: {e}"
    lines.append("\t".join([fname, *(arg_repr(a) for a in args), "=>", res]))


SECS = [0, 1, -1, 1.9, -1.5, 0.5, -0.5, 86399, 86400, 951782400, 951868800, 1e9, 1234567890.75,
        2**31 - 1, 2**31, -(2**31), 253402300799, 253402300800, 1e15, -62135596800,
        -62135596801, 1e17, -1e17, 2**63 - 1, -(2**63), float("nan"), float("inf"), 1e20,
        10**30, True, "a", [1], 2.5e10]
SECS += [rng.randrange(-10**11, 10**11) for _ in range(60)]
SECS += [rng.uniform(-1e10, 1e10) for _ in range(20)]
for s in SECS:
    for fname in ("gmtime", "localtime", "ctime"):
        case(fname, s)
for fname in ("gmtime", "localtime", "ctime", "asctime"):
    case(fname, 1, 2)
    case(fname, Kw("x", 1))

TUPLES = [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2000, 2, 29, 23, 59, 59, 1, 60, 0),
          (1900, 12, 31, 12, 30, 15, 0, 365, -1), (-5, 1, 1, 0, 0, 0, 6, 1, 0),
          (12345, 6, 15, 8, 5, 9, 3, 166, 1), (2024, 0, 0, 0, 0, 0, 0, 0, 0),
          (2024, 1, 1, 0, 0, 0, 0, 1, 5), (2024, 1, 1, 0, 0, 0, -1, 1, 0),
          (2024, 1, 1, 0, 0, 0, 7, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0),
          (1970, 1, 1, 0, 0, 0, 3, 1, -5), (0, 1, 1, 0, 0, 0, 0, 1, 0),
          (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0),
          (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, -1, 0, 0, 0, 0, 1, 0),
          (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, -1, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0),
          (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
          (2024, 1, 1, 0, 0, 0, 0, -1, 0), (2024, 1, 1, 0, 0, 0, 0, 366, 0),
          (2024, 1, 1, 0, 0, 0, 0, 1), (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0),
          [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024.0, 1, 1, 0, 0, 0, 0, 1, 0),
          ("a", 1, 1, 0, 0, 0, 0, 1, 0), (10**10, 1, 1, 0, 0, 0, 0, 1, 0),
          (-(10**10), 1, 1, 0, 0, 0, 0, 1, 0), (2**70, 1, 1, 0, 0, 0, 0, 1, 0),
          (-(2**31), 1, 1, 0, 0, 0, 0, 1, 0), (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0),
          (True, 1, 1, 0, 0, 0, 0, 1, False), 5, None, "2024"]
for _ in range(40):
    TUPLES.append((rng.randrange(1, 3000), rng.randrange(1, 13), rng.randrange(1, 29),
                   rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 62),
                   rng.randrange(0, 7), rng.randrange(1, 367), rng.randrange(-1, 2)))

FORMATS = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d %j %U %W %w %y %p %I %%",
           "%c|%x|%X|%Z|%z", "%C %D %e %F %g %G %h %k %l %R %r %T %u %V", "%n%t", "",
           "%", "abc", "%Q", "%-d %_m %05Y %Ey %Od %^a %#b", "é%Yü", "%s", "%+", "%4", "a%%b"]
for t in TUPLES:
    case("asctime", t)
    case("mktime", t)
    for fmt in FORMATS[:3]:
        case("strftime", fmt, t)
for fmt in FORMATS:
    for t in TUPLES[:12]:
        case("strftime", fmt, t)
case("strftime")
case("strftime", "%Y", TUPLES[0], 1)
case("strftime", 5)
case("strftime", 5, TUPLES[0])
case("strftime", "%Y", Kw("t", TUPLES[0]))
case("strftime", "%Y" * 400, TUPLES[0])
case("strftime", "%c" * 100, TUPLES[0])
case("mktime")
case("mktime", TUPLES[0], 1)
case("asctime", ())

for seq in [tuple(range(9)), list(range(10)), tuple(range(11)), tuple(range(3)),
            tuple(range(12)), 5, "abcdefghi", [2024, 1, 1, 0, 0, 0, 0, 1, 0, "UTC", 3600]]:
    case("struct_time", seq)
case("struct_time")

for s in [0, 0.0, -1, -0.5, "a", float("nan"), 1e30, 10**30, None, [1]]:
    case("sleep", s)
case("sleep")
case("sleep", 1, 2)
case("sleep", Kw("secs", 0))

for fname in ["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns",
              "process_time", "process_time_ns", "thread_time", "thread_time_ns"]:
    case(fname, 1)
    case(fname, Kw("x", 1))
for fname in ["clock_gettime", "clock_gettime_ns", "clock_getres"]:
    case(fname)
    case(fname, "a")
    case(fname, 1.5)
    case(fname, 99)
    case(fname, 2**40)
    case(fname, 2**70)
    case(fname, 1, 2)
for clk in [time.CLOCK_REALTIME, time.CLOCK_MONOTONIC]:
    case("clock_getres", clk)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "time_cases.txt")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"{len(lines)} cases written to {out}")
