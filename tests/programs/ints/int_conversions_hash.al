# bool of ints, int() of floats near limits, and hashes of equal numbers.
print(bool(0), bool(1), bool(-1), bool(2 ** 64), bool(0.0), bool(-0.0))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(5), hash(-5), hash(123456), hash(2 ** 20))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(10 ** 20) == hash(1e20))
print(int(2.0 ** 63), int(-(2.0 ** 63)), int(2.0 ** 64), int(1e30))
print(int(9007199254740993.0), float(9007199254740993), float(2 ** 64))
print(2 ** 63 == 2.0 ** 63, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
d = {}
d[2 ** 64] = "big"
d[2.0 ** 64] = "float"
print(d)
print(float(10 ** 308), float(-(10 ** 308)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
