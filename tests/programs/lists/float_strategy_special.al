# Floats lists with NaN, signed zeros and infinities; identity where
# CPython's answer does not depend on which object a read returns; the
# modules that look inside lists (copy, pickle, sys.getsizeof, array, gc).
import array
import copy
import gc
import math
import pickle
import sys

nan = float("nan")
xs = [1.0, nan, 2.0]
# The same NaN object: CPython's `in`, `==`, `count` and `index` find it
# by identity.
print(nan in xs, xs == xs, xs.count(nan), xs.index(nan), [nan] == [nan])
print(float("nan") in xs, [float("nan")] == [float("nan")])
ys = [0.5, 1.5]
ys[0] = nan
print(nan in ys, ys.index(nan), ys)
zs = [0.5] * 3
zs.append(nan)
print(zs.count(nan), zs)
ws = [1.0, 2.0]
ws[1] = ws[0] * math.inf - math.inf
print(ws, math.isnan(ws[1]))
q = [0.0, 0.0]
for i in range(2):
    q[i] = (i + 1.0) * math.inf * 0.0
print(q, [math.isnan(v) for v in q])
print(q[0] is q[0] or q[0] != q[0])

zeros = [0.0, -0.0]
print(zeros, zeros[1], math.copysign(1.0, zeros[1]), -0.0 in [0.0], zeros.index(-0.0))
inf = [math.inf, -math.inf, 1e308 * 10]
print(inf, inf[2] == inf[0], sorted(inf))
print([5e-324, 1.7976931348623157e308, 0.1 + 0.2])

# Identity that CPython and alc agree on: None, a list itself, floats kept
# in locals.
x = 2.5
l = [x, 3.5]
y = l[0]
print(y == x, l[0] == l[0], y is y, l is l, l[0] == x)

# copy and pickle.
src = [1.5, 2.5, -0.0]
print(copy.copy(src), copy.deepcopy(src), copy.deepcopy([src, src])[0] is not src)
dc = copy.deepcopy([src, src])
print(dc[0] is dc[1], dc)
back = pickle.loads(pickle.dumps(src))
print(back, back == src, type(back[0]).__name__)
print(pickle.loads(pickle.dumps([src, src])))

# sys.getsizeof sees a list, however it stores its items.
print(sys.getsizeof([0.0] * 4) == sys.getsizeof([None] * 4), sys.getsizeof([]))

# array and memoryview.
arr = array.array("d", [1.0, 2.0])
print(arr.tolist(), array.array("d", [0.5] * 3), list(memoryview(array.array("d", [4.0]))))
arr.extend([3.0, 4.0])
print(arr, arr.tolist() == [1.0, 2.0, 3.0, 4.0])

# The collector keeps every item of a float list and of one turned generic.
keep = []
for i in range(200):
    keep.append([i * 0.5] * 5)
    if i % 3 == 0:
        keep[-1][2] = str(i)
    _ = [[0.25] * 50 for _ in range(5)]
gc.collect()
print(len(keep), keep[3], keep[4], sum(v for v in keep[199] if isinstance(v, float)))

# Subclasses of list and float keep their own behaviour.
class Row(list):
    pass

class F(float):
    pass

r = Row([1.0, 2.0])
r[0] = 3.0
print(r, type(r).__name__)
f = [1.0, 2.0]
f[0] = F(5.0)
print(f, type(f[0]).__name__, isinstance(f[1], float))
