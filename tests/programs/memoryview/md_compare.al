# Equality and hashing of multi-dimensional views: same shape, equal items.
from array import array

data = bytes(range(24))
x = memoryview(data).cast("B", [2, 3, 4])
y = memoryview(bytearray(range(24))).cast("B", [2, 3, 4])
print(x == y, x != y, x == x, y == x)
print(x == memoryview(data), x == data, x == bytearray(data), data == x)
print(x == memoryview(data).cast("B", [4, 3, 2]), x == memoryview(data).cast("B", [2, 12]))
print(x == memoryview(data).cast("b", [2, 3, 4]), x == memoryview(data).cast("c", [2, 3, 4]))
print(x[::2] == memoryview(data).cast("B", [2, 3, 4])[::2], x[::-1] == x, x[1:] == x[:1])
print(x == [0, 1], x == None, x == "x")
y[1, 2, 3] = 0
print(x == y)
print(memoryview(data).cast("B", [24, 1]) == memoryview(data).cast("B", [24]))
print(memoryview(data).cast("B", [24]) == memoryview(data))
print(memoryview(data).cast("h", [3, 4]) == memoryview(data).cast("h", [3, 4]).toreadonly())
print(memoryview(array("h", range(12))).cast("B").cast("h", [3, 4]).tolist()
      == memoryview(array("h", range(12))).cast("B").cast("h", [3, 4]).tolist())
nan = memoryview(array("d", [float("nan"), 1.0]))
print(nan == nan, nan.cast("B").cast("d", [2, 1]) == nan.cast("B").cast("d", [2, 1]))
e1 = memoryview(b"").cast("B")
print(e1 == b"", e1 == memoryview(bytearray()), x[5:] == x[4:])

# Hashes: read-only byte formats hash as their bytes in C order.
print(hash(x) == hash(data), hash(x[::-1]) == hash(x[::-1].tobytes()))
print(hash(memoryview(data).cast("c", [4, 6])) == hash(data))
for v in [y, memoryview(data).cast("h", [3, 4])]:
    try:
        hash(v)
    except ValueError as e:
        print("ValueError", e)
x.release()
print(x == x, x == y)
