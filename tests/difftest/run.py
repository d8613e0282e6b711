#!/usr/bin/env python3
"""Differential testing of alc against CPython 3.11 with generated programs.

Long mode: generate programs with `gen.py` from consecutive seeds, compile
each with alc and run it, run it under CPython, and compare stdout, stderr
and the exit status. A difference is minimised (delta debugging over the
snippets, then over the items of each remaining snippet, keeping some
difference) and the reproducer written to `tests/difftest/found/<seed>.al`,
with both sides' output in `found/<seed>.txt`.

Usage:
    python3 tests/difftest/run.py --seconds 600 [--start-seed S]
    python3 tests/difftest/run.py --seeds 17 42     # just these seeds

CPython runs as `tests/gen_expected.py` runs it (`PYTHONHASHSEED=0 python3
-X int_max_str_digits=0`, through its wrapper); stderr is compared once the
program's path is replaced by `<program>` and hexadecimal addresses by `0x?`
on both sides, as `tests/programs.rs` does. The compiler is `$ALC`, or else
`target/release/alc`. Only the Python 3 standard library is used.
"""

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FOUND = os.path.join(HERE, "found")
TIMEOUT = 30

sys.path.insert(0, HERE)
import gen  # noqa: E402


def load_gen_expected():
    spec = importlib.util.spec_from_file_location("gen_expected", os.path.join(ROOT, "tests", "gen_expected.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN_EXPECTED = load_gen_expected()


def alc_path():
    return os.environ.get("ALC", os.path.join(ROOT, "target", "release", "alc"))


# The compiler the run uses: a private copy, so that rebuilding alc while a
# long run goes on cannot make it see a half-written binary. (rt is read
# from beside the original, as `--rt-dir`.)
ALC = None


ADDRESS = re.compile(rb"0x[0-9a-fA-F]+")


def normalise(stderr, prog):
    return ADDRESS.sub(b"0x?", stderr.replace(prog.encode(), b"<program>"))


def run_cpython(prog):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    try:
        res = subprocess.run(
            [GEN_EXPECTED.python(), "-X", "int_max_str_digits=0", "-c", GEN_EXPECTED.WRAPPER, prog],
            stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=TIMEOUT,
            cwd=os.path.dirname(prog),
        )
    except subprocess.TimeoutExpired:
        return (b"", b"timeout", "timeout")
    return (res.stdout, normalise(res.stderr, prog), res.returncode)


def run_alc(prog):
    exe = prog[: -len(".al")]
    try:
        comp = subprocess.run(ALC + [prog, "-o", exe], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return (b"", b"compile timeout", "compile timeout")
    if comp.returncode != 0:
        return (comp.stdout, normalise(comp.stderr, prog), f"compile status {comp.returncode}")
    try:
        res = subprocess.run([exe], stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT,
                             cwd=os.path.dirname(prog))
    except subprocess.TimeoutExpired:
        return (b"", b"timeout", "timeout")
    finally:
        if os.path.exists(exe):
            os.remove(exe)
    return (res.stdout, normalise(res.stderr, prog), res.returncode)


class Workdir:
    """A scratch directory where each trial gets its own program file."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="difftest-")
        self.n = 0

    def write(self, text):
        self.n += 1
        path = os.path.join(self.dir, f"p{self.n}.al")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path


def compare(work, text):
    """None when alc and CPython agree on `text`, else (cpython, alc)."""
    prog = work.write(text)
    want = run_cpython(prog)
    got = run_alc(prog)
    os.remove(prog)
    return None if want == got else (want, got)


def is_valid_python(text):
    """True when CPython (the interpreter running this script) compiles `text`."""
    try:
        compile(text, "<candidate>", "exec")
    except (SyntaxError, ValueError):
        return False
    return True


def ddmin(items, still_fails):
    """A smaller sublist of `items` for which `still_fails` holds (it holds for `items`)."""
    n = 2
    while len(items) >= 1:
        chunk = max(1, len(items) // n)
        reduced = False
        for start in range(0, len(items), chunk):
            cand = items[:start] + items[start + chunk:]
            if still_fails(cand):
                items = cand
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(items), n * 2)
    return items


def minimise(work, parts):
    snippets, tail = parts

    def fails(snips, tl):
        text = gen.render((snips, tl))
        # A cut that leaves invalid Python is not a reproducer: both sides
        # would only report the syntax error, each in its own words.
        return is_valid_python(text) and compare(work, text) is not None

    if tail is not None and fails(snippets, None):
        tail = None
    snippets = ddmin(list(snippets), lambda cand: fails(cand, tail))
    for idx in range(len(snippets)):
        header, items = snippets[idx]

        def fails_items(cand, idx=idx, header=header):
            trial = list(snippets)
            trial[idx] = (header, cand)
            return fails(trial, tail)

        snippets[idx] = (header, ddmin(list(items), fails_items))
        header, items = snippets[idx]

        def fails_header(cand, idx=idx, items=items):
            trial = list(snippets)
            trial[idx] = (cand, items)
            return fails(trial, tail)

        # Header lines are definitions; dropping lines one by one mostly
        # breaks the syntax (CPython then fails the same way), so try it
        # only on short headers.
        if len(header) <= 40:
            snippets[idx] = (ddmin(list(header), fails_header), items)
    return snippets, tail


def describe(diff):
    want, got = diff
    out = []
    for name, w, g in zip(("stdout", "stderr", "status"), want, got):
        if w != g:
            out.append(f"--- {name}: CPython\n{w.decode('utf-8', 'replace') if isinstance(w, bytes) else w}")
            out.append(f"--- {name}: alc\n{g.decode('utf-8', 'replace') if isinstance(g, bytes) else g}")
    return "\n".join(out) + "\n"


def check_seed(work, seed, quiet=False):
    """Compare program `seed`; on a difference, minimise and record it. True when they agree."""
    parts = gen.generate(seed)
    text = gen.render(parts, seed)
    if compare(work, text) is None:
        return True
    if not quiet:
        print(f"seed {seed}: difference, minimising...", flush=True)
    small = minimise(work, parts)
    small_text = f"# Minimised from tests/difftest/gen.py seed {seed}.\n" + gen.render(small)
    diff = compare(work, small_text)
    os.makedirs(FOUND, exist_ok=True)
    with open(os.path.join(FOUND, f"{seed}.al"), "w", encoding="utf-8") as f:
        f.write(small_text)
    with open(os.path.join(FOUND, f"{seed}.txt"), "w", encoding="utf-8") as f:
        f.write(describe(diff) if diff else "(the minimised program no longer differs)\n")
    if not quiet:
        print(f"seed {seed}: reproducer in {os.path.relpath(os.path.join(FOUND, f'{seed}.al'), ROOT)}", flush=True)
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=60, help="how long to generate and compare")
    ap.add_argument("--start-seed", type=int, default=1000, help="first seed of the long mode")
    ap.add_argument("--seeds", type=int, nargs="*", help="check exactly these seeds")
    args = ap.parse_args()
    GEN_EXPECTED.check_interpreter()
    if not os.path.exists(alc_path()):
        sys.exit(f"run.py: no compiler at {alc_path()} (cargo build --release, or set $ALC)")
    work = Workdir()
    global ALC
    private = os.path.join(work.dir, "alc")
    shutil.copy2(alc_path(), private)
    rt_copy = os.path.join(work.dir, "rt")
    os.makedirs(rt_copy)
    shutil.copy2(os.path.join(os.path.dirname(os.path.abspath(alc_path())), "libalrt.a"), rt_copy)
    ALC = [private, "--rt-dir", rt_copy]
    start = time.monotonic()
    n_run = 0
    failed = []
    seeds = args.seeds if args.seeds is not None else None
    seed = args.start_seed
    while True:
        if seeds is not None:
            if not seeds:
                break
            seed = seeds.pop(0)
        elif time.monotonic() - start >= args.seconds:
            break
        n_run += 1
        if not check_seed(work, seed):
            failed.append(seed)
        seed += 1
    elapsed = time.monotonic() - start
    print(f"{n_run} programs in {elapsed:.0f} s, {len(failed)} differ" + (f": seeds {failed}" if failed else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
