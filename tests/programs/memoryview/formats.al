# The native formats ?, n, N and P: casting, reading and writing items.
buf = bytearray(8)
for f in "?nNP":
    v = memoryview(buf).cast(f)
    print(f, v.format, v.itemsize, v.nbytes, v.tolist())

b = memoryview(bytearray(4)).cast("?")
b[0] = 5
b[1] = []
b[2] = "x"
b[3] = 0.0
print(b.tolist(), b.obj)
print(memoryview(bytearray(b"\x00\x01\x02\xff")).cast("?").tolist())
print(memoryview(bytearray(b"\x00\x01\x02\xff")).cast("?", [2, 2]).tolist())


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for f, values in [("n", [2**63 - 1, -2**63, 2**63, 1.5, "x"]),
                  ("N", [0, 2**64 - 1, -1, 2**64, 1.5]),
                  ("P", [0, -1, -2**63, 2**64 - 1, 2**64, -2**63 - 1, 1.5])]:
    v = memoryview(bytearray(8)).cast(f)
    for x in values:
        def put(x=x):
            v[0] = x
            return v.tolist()
        t(f"{f} = {x!r}", put)
print(memoryview(bytearray(16)).cast("n", [2, 1]).tolist())
print(memoryview(bytes(range(16))).cast("N", (1, 2)).tolist())
t("? to n", lambda: memoryview(bytearray(8)).cast("?").cast("n"))
t("n to B", lambda: memoryview(bytearray(8)).cast("n").cast("B").tolist())
t("hash ?", lambda: hash(memoryview(b"ab").cast("?")))
print(memoryview(b"\x01\x00").cast("?") == memoryview(b"\x01\x00").cast("?"))
print(memoryview(b"\x01\x00").cast("?") == [True, False])
