# Writing through multi-dimensional views.
from array import array

data = bytearray(24)
x = memoryview(data).cast("B", [2, 3, 4])


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def put(key, value):
    def f():
        x[key] = value
        return bytes(data).hex()
    return f


t("x[1, 2, 3] = 255", put((1, 2, 3), 255))
t("x[0, 0, 0] = 1", put((0, 0, 0), 1))
t("x[-1, 0, -1] = 7", put((-1, 0, -1), 7))
t("x[0, 1, 2] = 256", put((0, 1, 2), 256))
t("x[0, 1, 2] = -1", put((0, 1, 2), -1))
t("x[0, 1, 2] = 'a'", put((0, 1, 2), "a"))
t("x[0, 3, 0] = 1", put((0, 3, 0), 1))
t("x[0, 0, 0, 0] = 1", put((0, 0, 0, 0), 1))
t("x[1] = 5", put(1, 5))
t("x[1, 2] = 5", put((1, 2), 5))
t("x[()] = 5", put((), 5))
t("x[0:1] = ...", put(slice(0, 1), bytes(12)))
t("x[:, :] = ...", put((slice(None), slice(None)), bytes(24)))
t("x[:, 1] = 1", put((slice(None), 1), 1))
t("x['k'] = 1", put("k", 1))
print(x.tolist())
print(data)

# Through slices of the first dimension.
x[::-1][0, 0, 0] = 9
x[1:][0, 2, 1] = 8
print(x.tolist())

# Wider formats and a two-dimensional view of an array.
a = array("h", [0] * 6)
v = memoryview(a).cast("B").cast("h", [2, 3])
v[1, 2] = -300
v[0, 0] = 32767
print(a.tolist(), v.tolist())
t("v[0, 1] = 40000", lambda: v.__setitem__((0, 1), 40000))
f = memoryview(bytearray(16)).cast("d", [2, 1])
f[1, 0] = 2.5
f[0, 0] = 3
print(f.tolist())

# Read-only views refuse every write; nothing can be deleted.
ro = memoryview(bytes(6)).cast("B", [2, 3])
t("ro[0, 0] = 1", lambda: ro.__setitem__((0, 0), 1))
t("del ro[0, 0]", lambda: ro.__delitem__((0, 0)))
t("del x[0, 0, 0]", lambda: x.__delitem__((0, 0, 0)))

# The bytes written are visible through every view of the object.
m = memoryview(data)
print(m[23], m.cast("B", [4, 6])[3, 5], m.cast("B", [24, 1])[23, 0])
