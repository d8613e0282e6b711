# Two-dimensional views of arrays: reads and writes go to the array.
from array import array

a = array("i", range(12))
v = memoryview(a).cast("B").cast("i", [3, 4])
print(v.format, v.itemsize, v.shape, v.strides, v.tolist())
v[2, 3] = -1
v[0, 1] = 100
print(a.tolist())
a[5] = 55
print(v[1, 1], v.tolist()[1])
print(v == memoryview(array("i", a)).cast("B").cast("i", [3, 4]))
print(v[::-1].tolist(), v[1:].tobytes("F") == array("i", [4, 8, 55, 9, 6, 10, 7, -1]).tobytes())

d = array("d", [0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
w = memoryview(d).cast("B").cast("d", (2, 3))
w[1, 2] = 9
w[0, 0] = 7
print(d.tolist(), w.tolist())
try:
    w[0, 0] = "x"
except TypeError as e:
    print(e)

u = array("u", "abcd")
mu = memoryview(u)
print(mu.format, mu.itemsize, mu.shape)
try:
    mu.cast("B", [4, 4]).tolist()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    print(len(mu.cast("B", [4, 4]).tolist()))
except (NotImplementedError, TypeError) as e:
    print(type(e).__name__, e)
q = memoryview(array("Q", [2**64 - 1, 0, 1, 2])).cast("B").cast("Q", [2, 2])
print(q.tolist(), q[0, 0])
