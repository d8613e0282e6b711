# Multi-dimensional views whose items are adjacent are simple buffers:
# everything that takes bytes-like values takes them.
import hashlib
import io
import struct
from array import array

data = bytes(range(65, 89))
x = memoryview(data).cast("B", [2, 3, 4])
h = memoryview(bytearray(data)).cast("h", [3, 4])
for v in (x, h, x[1:], memoryview(data).cast("c", [24, 1])):
    print(v.shape, v.c_contiguous)
    print(" ", bytes(v), bytearray(v)[:4], len(b"".join([v, v])))
    print(" ", (b"" + v)[:5], (bytearray(b"-") + v)[:5])
    print(" ", struct.unpack("2h", v.tobytes()[:4]), struct.unpack("4B", v.tobytes()[:1] * 4))
    print(" ", struct.unpack_from("4B", v, 2))
    print(" ", hashlib.md5(v).hexdigest(), hashlib.blake2s(v, digest_size=8).hexdigest())
    print(" ", int.from_bytes(v, "little") % 10**9, str(v, "ascii")[:6])
    print(" ", b"ABCDEFGHIJKLMNOPQRSTUVWX".find(v), v.tobytes() in data)
    buf = io.BytesIO()
    print(" ", buf.write(v), buf.getvalue()[-3:])
    a = array("B")
    try:
        a.frombytes(v)
        print(" ", a[:3].tolist(), len(a))
    except TypeError as e:
        print(" ", e)
    print(" ", b"%b|" % v)

# A view of a view keeps the shape; a cast flattens it again.
m2 = memoryview(x)
print(m2.shape, m2.cast("B").shape, m2.obj is data, memoryview(m2.cast("B")).shape)
