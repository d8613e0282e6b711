# The public names of the core library modules are CPython's. functools'
# RLock (CPython's import of _thread.RLock) is left out: alc has no threads
# yet (docs/language.md).
import math, itertools, operator, functools, collections, heapq, bisect
import collections.abc

for m in (math, itertools, operator, functools, collections, collections.abc, heapq, bisect):
    print(m.__name__, [n for n in dir(m) if not n.startswith("_") and n != "RLock"])
