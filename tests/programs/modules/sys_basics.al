# The sys module: argv, maxsize, platform, exc_info, recursion limit, exit.
import sys
print(len(sys.argv), type(sys.argv[0]).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
print("exiting with 3")
sys.exit(3)
