#!/usr/bin/env python3
"""Writes data/num_ops.txt: CPython 3.11's results for numeric operators and
built-ins over a fixed set of operands (small and big ints, bools, floats
including signed zeros, infinities and NaN). `protocol/num.rs`'s unit tests replay
every line against alrt. Regenerate with CPython 3.11:

    python3 rt/tests/gen_num_ops.py

Line format (tab-separated): `<operation> <operand>... => <result>`, where
operands and results are reprs, and a raised exception is written as
`!<Type>: <str(exc)>`. Operations CPython would take minutes or unbounded
memory for (huge powers) are left out.
"""

import operator
import os
import signal

INTS = [0, 1, -1, 2, -3, 7, 10, 2**53 + 1, 2**62 - 1, -(2**62), 2**62, -(2**62) - 1,
        2**63, -(2**63) - 1, 10**20, -(10**20) + 7, 3**80, -(2**100)]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.5, -2.5, 0.1, 3.0, 1e300, -1e-300, 5e-324, 1e16,
          2.0**63, float("inf"), float("-inf"), float("nan")]
VALUES = INTS + BOOLS + FLOATS

BINOPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "@": operator.matmul,
    "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
    "<<": operator.lshift, ">>": operator.rshift, "&": operator.and_, "|": operator.or_,
    "^": operator.xor,
}
CMPS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
        ">": operator.gt, ">=": operator.ge}
UNARY = {"neg": operator.neg, "pos": operator.pos, "invert": operator.invert}


class Slow(Exception):
    pass


def on_alarm(signum, frame):
    raise Slow()


def result(f, *args):
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(2)
    try:
        return repr(f(*args))
    except Slow:
        return None
    except Exception as e:  # noqa: BLE001 - every error is data here
        return f"!{type(e).__name__}: {e}"
    finally:
        signal.alarm(0)


def too_slow(op, a, b):
    """Huge powers and shifts that CPython would grind on."""
    if op == "**" and isinstance(b, int) and not isinstance(a, float):
        return b > 10_000 and a not in (0, 1, -1)
    return False


def main() -> None:
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "num_ops.txt")
    lines = []

    def emit(name, args, res):
        if res is not None:
            lines.append("\t".join([name, *map(repr, args), "=>", res]))

    for a in VALUES:
        for b in VALUES:
            for name, f in BINOPS.items():
                if not too_slow(name, a, b):
                    emit(name, (a, b), result(f, a, b))
            for name, f in CMPS.items():
                emit(name, (a, b), result(f, a, b))
            emit("divmod", (a, b), result(divmod, a, b))
        for name, f in UNARY.items():
            emit(name, (a,), result(f, a))
        emit("abs", (a,), result(abs, a))
        emit("hash", (a,), result(hash, a) if a == a else None)
        emit("int", (a,), result(int, a))
        emit("float", (a,), result(float, a))
        emit("bool", (a,), result(bool, a))
        for nd in [None, 0, 1, 2, 5, -1, -2, -5, -20, 400, -400]:
            emit("round", (a, nd), result(round, a, nd))
        for f in (hex, oct, bin):
            emit(f.__name__, (a,), result(f, a))
        for m in ["bit_length", "bit_count", "as_integer_ratio", "is_integer", "hex", "conjugate"]:
            if hasattr(a, m):
                emit("." + m, (a,), result(lambda x: getattr(x, m)(), a))
    for a in INTS[:8]:
        for b in INTS[:8]:
            for m in [7, -7, 1, 10**20 + 1, 2**64]:
                emit("pow3", (a, b, m), result(pow, a, b, m))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
