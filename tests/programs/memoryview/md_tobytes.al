# tobytes in C and Fortran order, hex and bytes() of multi-dimensional views.
data = bytes(range(24))
x = memoryview(data).cast("B", [2, 3, 4])
s = memoryview(data).cast("B", [6, 4])

for v, name in [(x, "x"), (x[::-1], "x[::-1]"), (x[1:], "x[1:]"), (s, "s"), (s[::2], "s[::2]"),
                (s[::-3], "s[::-3]"), (s[1:2], "s[1:2]"), (s[4:1], "s[4:1]")]:
    print(name, v.shape, v.c_contiguous, v.f_contiguous, v.contiguous)
    print("  C", v.tobytes())
    print("  F", v.tobytes("F"))
    print("  A", v.tobytes(order="A"))
    print("  None", v.tobytes(None) == v.tobytes())
    print("  hex", v.hex(), v.hex(":", 3))
    print("  bytes", bytes(v) == v.tobytes(), bytearray(v) == v.tobytes(), v.nbytes)

h = memoryview(bytearray(range(12))).cast("h", [2, 3])
print(h.tobytes("F").hex(), h.tolist())
print(memoryview(bytes(range(12))).cast("B", [12, 1]).tobytes("F") == bytes(range(12)))
print(memoryview(bytes(range(12))).cast("B", [1, 12]).tobytes("F") == bytes(range(12)))

for order in ["X", "c", "", "CF", 1, b"C"]:
    try:
        x.tobytes(order)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
