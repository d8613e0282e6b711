#!/usr/bin/env python3
"""Writes compiler/data/cpython_interned.txt: the identifier-like strings that
CPython 3.11 has already interned when it compiles a test program.

Why the compiler needs them: CPython compiles a set display of three or more
constants to a frozenset constant. It builds that frozenset from the items,
rebuilds it from its own order when constants are merged, and rebuilds it
once more when interning its strings replaces one of them, which happens
when an identifier-like string (`[A-Za-z0-9_]+`) was already interned under
another object. Each rebuild can change the iteration order when hashes
collide, so alc must know which strings those are to print sets in CPython's
order (`compiler/src/lower/set_display.rs`). A multi-character string is
also interned by the parser when it is a name in the program itself; the
compiler checks that case on its own.

How: a program run exactly as tests/gen_expected.py runs programs (same
wrapper, same PYTHONHASHSEED=0) lists candidate strings from every module,
type and code object it can reach; then one program holds, for each
candidate, a set display whose order differs between two and three builds,
and CPython's output says which candidates were interned.

Usage: python3 scripts/gen_interned.py
"""
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import gen_expected  # noqa: E402

OUT = os.path.join(ROOT, "compiler", "data", "cpython_interned.txt")
IDENT = re.compile(r"[A-Za-z0-9_]+\Z")

COLLECT = r'''
import sys
out = set()
seen = set()
def code(c):
    if id(c) in seen: return
    seen.add(id(c))
    for group in (c.co_names, c.co_varnames, c.co_cellvars, c.co_freevars):
        out.update(group)
    out.add(c.co_name); out.add(c.co_qualname)
    for k in c.co_consts:
        if type(k) is str: out.add(k)
        elif hasattr(k, 'co_code'): code(k)
def obj(o, depth):
    if id(o) in seen or depth > 6: return
    seen.add(id(o))
    if hasattr(o, '__code__') and hasattr(o.__code__, 'co_code'):
        code(o.__code__)
    if isinstance(o, type) or type(o).__name__ == 'module':
        try: names = dir(o)
        except Exception: names = []
        out.update(names)
        for k, v in list(getattr(o, '__dict__', {}).items()):
            out.add(k)
            obj(v, depth + 1)
for m in list(sys.modules.values()):
    obj(m, 0)
for t in list(type.__subclasses__(object)):
    obj(t, 0)
import gc
for o in gc.get_objects():
    if type(o) is dict:
        out.update(k for k in o if type(k) is str)
    elif hasattr(o, 'co_code'):
        code(o)
print("\n".join(s for s in out if type(s) is str))
'''


def run(source):
    """Runs `source` as a test program is run; returns its stdout."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w") as f:
            f.write(source)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHONSTARTUP", None)
        r = subprocess.run(
            [gen_expected.python(), "-X", "int_max_str_digits=0", "-c", gen_expected.WRAPPER, path],
            env=env, cwd=d, capture_output=True, text=True, check=True)
        return r.stdout


def builds(items, n):
    f = frozenset(items)
    for _ in range(n - 1):
        f = frozenset(tuple(f))
    shown = set()
    shown.update(f)  # BUILD_SET 0, then SET_UPDATE from the constant
    return repr(shown)


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    candidates = {s for s in run(COLLECT).split("\n") if s.isascii() and IDENT.match(s)}
    candidates.update("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
    rng = random.Random(0)
    lines, probes = [], []
    for s in sorted(candidates):
        for _ in range(10000):
            items = (s,) + tuple(rng.sample(range(-64, 64), rng.randint(2, 5)))
            two, three = builds(items, 2), builds(items, 3)
            if two != three:
                lines.append("print({%s})" % ", ".join(repr(x) for x in items))
                probes.append((s, two, three))
                break
        else:
            sys.exit(f"gen_interned: no probe separates the builds for {s!r}")
    got = run("\n".join(lines) + "\n").split("\n")
    interned = []
    for (s, two, three), line in zip(probes, got):
        if line == three:
            interned.append(s)
        elif line != two:
            sys.exit(f"gen_interned: {s!r} printed {line}, neither {two} nor {three}")
    with open(OUT, "w") as f:
        f.write("\n".join(sorted(interned)) + "\n")
    print(f"gen_interned: {len(interned)} of {len(candidates)} candidates interned -> {OUT}")


if __name__ == "__main__":
    main()
