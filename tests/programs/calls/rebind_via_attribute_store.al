# A recursive function rebound through its module object by an attribute store alone:
# the recursive call inside the old function object sees the new binding.
import sys


def total(n):
    return 0 if n == 0 else n + total(n - 1)


orig = total
me = sys.modules[__name__]
print(total(10))
me.total = lambda n: 7
print(orig(10), total(10))
