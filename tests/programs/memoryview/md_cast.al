# memoryview.cast to multi-dimensional shapes: the view's attributes and
# its items as nested lists.
from array import array

data = bytearray(range(24))
m = memoryview(data)


def show(v):
    print(v.format, v.itemsize, v.ndim, v.shape, v.strides, v.suboffsets, v.nbytes, len(v))
    print(" ", v.c_contiguous, v.f_contiguous, v.contiguous, v.readonly, v.obj is data)
    print(" ", v.tolist())


show(m.cast("B", [2, 3, 4]))
show(m.cast("B", (6, 4)))
show(m.cast("B", [4, 6]))
show(m.cast("B", [24]))
show(m.cast("B", [1, 24]))
show(m.cast("B", [24, 1]))
show(m.cast("b", [2, 2, 2, 3]))
show(m.cast("c", [3, 8]))
show(m.cast("h", [3, 4]))
show(m.cast("H", (2, 2, 3)))
show(m.cast("i", [2, 3]))
show(m.cast("I", [3, 2]))
show(m.cast("q", [3, 1]))
show(m.cast("@L", [1, 3]))
show(m.cast("f", [2, 3]))
show(m.cast("B", shape=[3, 8]))
show(m.cast("B", [True, 24]))

# Back to one dimension, and on through another format.
x = m.cast("B", [2, 3, 4])
show(x.cast("B"))
show(x.cast("c"))
show(x.cast("i"))
show(x.cast("B", [24]))
show(x.cast("h", [12]))
show(memoryview(bytes(16)).cast("d", [2, 1]))
show(memoryview(array("i", [1, -2, 3, -4, 5, -6])).cast("B").cast("i", [3, 2]))
show(memoryview(array("d", [0.5, 1.5, 2.5, 3.5])).cast("B").cast("d", (2, 2)))

# Views of views keep the shape; so do toreadonly and memoryview().
y = memoryview(x)
print(y.shape, y.strides, y == x)
r = x.toreadonly()
print(r.shape, r.readonly, r.tolist() == x.tolist())
print(memoryview(b"abcdef").cast("c", [2, 3]).tolist())
print(memoryview(b"abcdef").cast("B", [3, 2]).readonly)
