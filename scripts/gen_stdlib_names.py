"""Writes two files the compiler reads, from CPython 3.11 (run with it):

- compiler/data/cpython_stdlib_modules.txt: the top-level module names of
  CPython's standard library (sys.stdlib_module_names), one per line. alc
  reports an import of one it does not provide as "not supported yet"
  rather than as a missing module.
- compiler/data/cpython_module_names.txt: for each library module alc
  provides or will provide, `module: name name ...`, the public names of
  CPython's module (dir() without names starting with '_'). A program that
  names one that alc's module lacks gets "not supported yet: module.name".
"""
import importlib
import pathlib
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
data = pathlib.Path(__file__).resolve().parent.parent / "compiler/data"
(data / "cpython_stdlib_modules.txt").write_text(
    "".join(n + "\n" for n in sorted(sys.stdlib_module_names))
)

MODULES = """
__future__ abc argparse array asyncio atexit base64 binascii bisect calendar cmath
codecs collections collections.abc contextlib copy csv dataclasses datetime
decimal difflib enum fnmatch fractions functools gc getpass glob gzip hashlib importlib
heapq hmac html io itertools json keyword logging math operator os os.path
pathlib pickle platform pprint queue random re secrets shlex shutil signal
statistics string struct subprocess sys tempfile textwrap time types typing
unicodedata urllib.parse uuid warnings weakref zlib
""".split()
lines = []
for name in sorted(MODULES):
    m = importlib.import_module(name)
    public = sorted(n for n in dir(m) if not n.startswith("_"))
    lines.append(f"{name}: {' '.join(public)}\n")
(data / "cpython_module_names.txt").write_text("".join(lines))
