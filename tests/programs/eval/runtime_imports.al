# Modules imported only at run time: the library and local files,
# through importlib.import_module, __import__ and exec.
import importlib
import sys

m = importlib.import_module("rt_local_mod")
print(m.GREETING, m.double(21), m.Box(3), m.__name__)
print("rt_local_mod" in sys.modules, sys.modules["rt_local_mod"] is m)
print(importlib.import_module("rt_local_mod") is m)

pkg = importlib.import_module("rt_local_pkg")
print(pkg.NAME, pkg.square(7), pkg.util.quad(3))
util = importlib.import_module("rt_local_pkg.util")
print(util.quad(2), util is pkg.util)
core = importlib.import_module(".core", "rt_local_pkg")
print(core.square(9))

fm = importlib.import_module("functools")
print(fm.reduce(lambda a, b: a + b, range(10)))
tw = __import__("textwrap")
print(tw.dedent("    indented\n    text"))
top = __import__("collections.abc")
print(top.__name__, hasattr(top, "abc"))
leaf = __import__("collections.abc", fromlist=["Mapping"])
print(leaf.__name__, isinstance({}, leaf.Mapping))
print(__import__("string").ascii_lowercase[:5])

exec("import heapq\nh = [5, 1, 4]\nheapq.heapify(h)\nfirst = heapq.heappop(h)")
print(first)
exec("from bisect import bisect_left\npos = bisect_left([1, 3, 5], 4)")
print(pos)
exec("from rt_local_mod import *\nprint(GREETING)")
exec("import rt_local_pkg.core as c\nprint(c.square(5))")

for bad in ["no_such_module_here", "rt_local_pkg.missing"]:
    try:
        importlib.import_module(bad)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
try:
    importlib.import_module(".core")
except TypeError as e:
    print("TypeError", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
