# The public names of the core library modules are CPython's.
import math, itertools, operator, functools, collections, heapq, bisect
import collections.abc

for m in (math, itertools, operator, functools, collections, collections.abc, heapq, bisect):
    print(m.__name__, [n for n in dir(m) if not n.startswith("_")])
