# Zero-dimensional views: cast with an empty shape.
buf = bytearray(b"\x01\x02\x03\x04")
z = memoryview(buf).cast("i", [])
print(z.ndim, z.shape, z.strides, z.suboffsets, z.nbytes, z.itemsize, z.format, len(z))
print(z.c_contiguous, z.f_contiguous, z.contiguous)
print(z.tolist(), z[()], z.tobytes(), z.hex(), bytes(z))
print(z[...] is z)
z[()] = -2
print(buf, z.tolist())
z[...] = 7
print(buf, z.tolist())
print(z == memoryview(bytearray(b"\x07\x00\x00\x00")).cast("i", []))
print(z == memoryview(buf).cast("i"), z == memoryview(buf).cast("i", [1]))
print(memoryview(b"x").cast("c", []).tolist(), memoryview(b"\x05").cast("B", ()).tolist())
print(memoryview(buf).cast("B", [4]).cast("i", []).tolist())
print(z.cast("B").tolist(), z.cast("c").tolist())


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("z[0]", lambda: z[0])
t("z[0:1]", lambda: z[0:1])
t("z[0,]", lambda: z[0,])
t("z['a']", lambda: z["a"])
t("iter(z)", lambda: iter(z))
t("list(z)", lambda: list(z))
t("1 in z", lambda: 1 in z)
t("z[0] = 1", lambda: z.__setitem__(0, 1))
t("z[()] = 'x'", lambda: z.__setitem__((), "x"))
t("z.cast('B', [2, 2])", lambda: z.cast("B", [2, 2]))
t("cast to 0-dim of 2 bytes", lambda: memoryview(b"ab").cast("B", []))
t("hash", lambda: hash(memoryview(b"q").cast("B", [])) == hash(b"q"))
r = memoryview(b"\x09\x00").cast("h", [])
t("ro write", lambda: r.__setitem__((), 1))
with memoryview(buf).cast("i", []) as w:
    print(w.tolist())
t("released", lambda: w.tolist())
