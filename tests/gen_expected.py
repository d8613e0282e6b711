#!/usr/bin/env python3
"""Generate the expected outputs of the end-to-end test programs from CPython.

CPython 3.11 is the oracle: an Al program must print exactly what CPython
prints for it. For every `tests/programs/**/*.al` (or the `.al` files and
directories given as arguments) this script runs the program under CPython and
writes, next to it:

  <name>.out     the exact bytes the program wrote to stdout (always written);
  <name>.err     only when the exit status is non-zero: `exit: <status>`;
  <name>.stderr  when the exit status is non-zero or the program wrote to
                 stderr: everything it wrote there (the uncaught exception's
                 report, `unittest.main()`'s),
                 with the program's absolute path replaced by `<program>`
                 and its directory's by `<dir>` (paths of modules beside it)
                 (stale files are removed).

A program reads its stdin from `<name>.in` when that file exists, otherwise
stdin is empty; it gets the arguments listed one per line in `<name>.args`
and the environment variables of `<name>.env` (`NAME=value` lines), and
runs in a fresh, empty working directory with `TZ=UTC`. Both files are
bytes: a line that is not UTF-8 reaches the program as it is. Programs under `tests/programs/al_only/` are skipped: their
behaviour is Al's own and their expected files are checked by hand.

Programs run with `PYTHONHASHSEED=0` (so set and dict orders of strings are
deterministic, as Al's are) and `-X int_max_str_digits=0` (Al has no limit on
int-to-str conversion). Al has no recursion limit of 1000, so each program runs
through a small wrapper that raises the recursion limit and runs the file with
`runpy` in a thread with a large stack (programs under `stdlib_signal/` run on
the main thread, the only one where CPython runs signal handlers); ordinary programs behave exactly as if
run directly, an uncaught exception is reported by the interpreter's own
`sys.excepthook` (so "Did you mean" suggestions appear as CPython prints them),
after the wrapper's own frames are cut from its traceback, so the report is
the one running the file directly prints, and the interpreter then shuts down
normally, finalising what the program still holds (suspended generators are
closed) as a direct run does.

Sessions of the interactive prompt, `tests/repl/<name>.session`, are
typed into `python3 -i` (stdin not a terminal: the prompts and the
reports go to stderr, the echoed values to stdout), in the same fresh
directory and environment; next to each this script writes `<name>.out`
(stdout), `<name>.stderr` (stderr without the two lines of the banner,
which differs from alc's) and, for a non-zero status, `<name>.err`.

Usage:
    python3 tests/gen_expected.py                 # every program and session
    python3 tests/gen_expected.py tests/programs/ints  # one area
    python3 tests/gen_expected.py path/to/prog.al ...  # some programs

Only the Python 3 standard library is used. The interpreter is `python3`, or
`$PYTHON` when set; it must be CPython 3.11.
"""

import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
SESSIONS = os.path.join(HERE, "repl")

# Seconds a program may take under CPython before it is considered hung.
TIMEOUT = 120
# Programs slower than this under CPython are reported: the suite must stay fast.
SLOW = 0.5

# Runs the program at sys.argv[1] as __main__ in a thread with a big stack and
# a high recursion limit, and exits with the status CPython would have exited
# with when running the file directly.
WRAPPER = r"""
import os, runpy, sys, threading
path = sys.argv[1]
sys.argv = [path] + sys.argv[2:]
# The program runs in a fresh working directory; its modules are found
# next to it, as when it runs directly.
sys.path[0] = os.path.dirname(path)
sys.setrecursionlimit(10**6)
threading.stack_size(1 << 29)
status = [0]
def main():
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        code = e.code
        if code is None:
            status[0] = 0
        elif isinstance(code, int):
            status[0] = code
        else:
            sys.stdout.flush()
            print(code, file=sys.stderr)
            status[0] = 1
    except BaseException as e:
        sys.stdout.flush()
        # Cut the frames of this wrapper and runpy: the report starts at
        # the program's first frame, as when it runs directly.
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        sys.excepthook(type(e), e.with_traceback(tb), tb)
        status[0] = 1
# The stack functions of `traceback` (and logging's stack_info) stop at the
# program's outermost frame, as when it runs directly: when the program
# imports traceback, its walk_stack is wrapped to leave out the frames of
# runpy, this wrapper and the thread.
class _HideWrapperFrames:
    def find_spec(self, name, path=None, target=None):
        if name != "traceback":
            return None
        sys.meta_path.remove(self)
        import importlib.util
        spec = importlib.util.find_spec(name)
        exec_module = spec.loader.exec_module
        def patched(module):
            exec_module(module)
            walk = module.walk_stack
            hidden = ("<frozen runpy>", threading.__file__)
            def walk_stack(f):
                if f is None:
                    f = sys._getframe().f_back.f_back.f_back.f_back
                for frame, lineno in walk(f):
                    if (frame.f_code.co_filename in hidden
                            or frame.f_code is main.__code__):
                        return
                    yield frame, lineno
            walk_stack.__doc__ = walk.__doc__
            module.walk_stack = walk_stack
        spec.loader.exec_module = patched
        return spec
sys.meta_path.insert(0, _HideWrapperFrames())
if os.environ.get("ALC_ORACLE_MAIN_THREAD"):
    # Signal handlers run only on CPython's main thread.
    main()
else:
    t = threading.Thread(target=main)
    t.start()
    t.join()
try:
    sys.stdout.flush()
except BaseException:
    status[0] = status[0] or 120
# A normal shutdown, as when the file runs directly: it finalises what the
# program still holds (generators suspended in try/with are closed then).
sys.exit(status[0])
"""


def python() -> str:
    return os.environ.get("PYTHON", "python3")


def check_interpreter() -> None:
    out = subprocess.run(
        [python(), "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if out[0] != "cpython" or out[1:] != ["3", "11"]:
        sys.exit(f"gen_expected.py: need CPython 3.11, found {' '.join(out)} ({python()})")


def collect(args: list) -> list:
    """The .al programs named by the arguments (files or directories)."""
    roots = args or [PROGRAMS, SESSIONS]
    progs = []
    for root in roots:
        if os.path.isdir(root):
            for dirpath, _dirs, files in os.walk(root):
                progs.extend(
                    os.path.join(dirpath, f) for f in files if f.endswith((".al", ".session"))
                )
        elif root.endswith((".al", ".session")) and os.path.isfile(root):
            progs.append(root)
        else:
            sys.exit(f"gen_expected.py: not an .al or .session file or directory: {root}")
    progs = sorted(os.path.abspath(p) for p in progs)
    hand = [p for p in progs if HAND_CHECKED in p.split(os.sep)]
    if hand and (args and any(os.path.isfile(a) for a in args)):
        sys.exit(f"gen_expected.py: {hand[0]} is Al-only: its expected files are checked by hand")
    return [p for p in progs if HAND_CHECKED not in p.split(os.sep)]


# Programs whose behaviour is Al's own (an intended difference, or a case
# where CPython itself crashes): their expected files are written and
# checked by hand, and this script leaves them alone.
HAND_CHECKED = "al_only"

# Programs that install signal handlers, which CPython runs only on its
# main thread: they run there, with CPython's default stack and recursion
# limit (they need neither).
MAIN_THREAD_AREA = "stdlib_signal"

# What the program's absolute path is replaced by in `.stderr` (the test
# runner does the same with alc's output).
PROGRAM_PLACEHOLDER = "<program>"


# What the program's directory is replaced by in `.stderr` (the paths of
# the modules beside it), after the program's own path.
DIR_PLACEHOLDER = "<dir>/"


def read_args(path: str) -> list:
    """The program's command-line arguments: one per line of `path`, as raw
    bytes (surrogateescape keeps bytes that are not UTF-8 as they are)."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read().splitlines()


def read_env(path: str) -> dict:
    """Extra environment variables: `NAME=value` lines of `path`, as raw
    bytes like the arguments."""
    if not os.path.exists(path):
        return {}
    env = {}
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f.read().splitlines():
            if line.strip():
                name, _, value = line.partition("=")
                env[name] = value
    return env


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run_one(prog: str) -> str:
    """Run one program under CPython and write its expected files.

    Returns a one-line summary (with a warning when something looks wrong).
    """
    base = prog[: -len(".al")]
    stdin_path = base + ".in"
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", TZ="UTC")
    env.pop("PYTHONSTARTUP", None)
    env.update(read_env(base + ".env"))
    if MAIN_THREAD_AREA in prog.split(os.sep):
        env["ALC_ORACLE_MAIN_THREAD"] = "1"
    args = read_args(base + ".args")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    start = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="alc-oracle-") as cwd:
            res = subprocess.run(
                [python(), "-X", "int_max_str_digits=0", "-c", WRAPPER, prog, *args],
                stdin=stdin,
                capture_output=True,
                env=env,
                timeout=TIMEOUT,
                cwd=cwd,
            )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    elapsed = time.monotonic() - start
    with open(base + ".out", "wb") as f:
        f.write(res.stdout)
    stderr = res.stderr.decode("utf-8", "replace")
    err_path = base + ".err"
    stderr_path = base + ".stderr"
    rel = os.path.relpath(prog, PROGRAMS)
    notes = []
    if res.returncode != 0:
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(f"exit: {res.returncode}\n")
        with open(stderr_path, "wb") as f:
            text = res.stderr.replace(prog.encode(), PROGRAM_PLACEHOLDER.encode())
            text = text.replace((os.path.dirname(prog) + "/").encode(), DIR_PLACEHOLDER.encode())
            f.write(text)
        notes.append(f"exit {res.returncode}: {last_line(stderr)}")
    else:
        if os.path.exists(err_path):
            os.remove(err_path)
        if res.stderr:
            # Status 0 with a report on stderr (`unittest.main()`).
            with open(stderr_path, "wb") as f:
                text = res.stderr.replace(prog.encode(), PROGRAM_PLACEHOLDER.encode())
                text = text.replace((os.path.dirname(prog) + "/").encode(), DIR_PLACEHOLDER.encode())
                f.write(text)
            notes.append(f"stderr: {last_line(stderr)}")
        elif os.path.exists(stderr_path):
            os.remove(stderr_path)
    if elapsed > SLOW:
        notes.append(f"WARNING: slow ({elapsed:.2f} s)")
    return f"{rel}: {len(res.stdout)} bytes" + "".join(f"; {n}" for n in notes)


# Lines of `python3 -i`'s banner at the start of its stderr.
BANNER_LINES = 2


def run_session(session: str) -> str:
    """Type one session into CPython's prompt and write its expected files."""
    base = session[: -len(".session")]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", TZ="UTC")
    env.pop("PYTHONSTARTUP", None)
    with open(session, "rb") as stdin, tempfile.TemporaryDirectory(prefix="alc-oracle-") as cwd:
        res = subprocess.run(
            [python(), "-X", "int_max_str_digits=0", "-i"],
            stdin=stdin,
            capture_output=True,
            env=env,
            timeout=TIMEOUT,
            cwd=cwd,
        )
    with open(base + ".out", "wb") as f:
        f.write(res.stdout)
    with open(base + ".stderr", "wb") as f:
        f.write(b"".join(res.stderr.splitlines(keepends=True)[BANNER_LINES:]))
    err_path = base + ".err"
    if res.returncode != 0:
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(f"exit: {res.returncode}\n")
    elif os.path.exists(err_path):
        os.remove(err_path)
    rel = os.path.relpath(session, HERE)
    return f"{rel}: {len(res.stdout)} bytes, exit {res.returncode}"


def run_any(path: str) -> str:
    return run_session(path) if path.endswith(".session") else run_one(path)


def main() -> None:
    check_interpreter()
    progs = collect(sys.argv[1:])
    if not progs:
        sys.exit("gen_expected.py: no programs found")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for summary in pool.map(run_any, progs):
            print(summary)
    print(f"{len(progs)} programs")


if __name__ == "__main__":
    main()
