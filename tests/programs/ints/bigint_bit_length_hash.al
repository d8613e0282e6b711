# bit_length of big ints of both signs at word boundaries (read in place,
# not through a copy of the magnitude), the size check of products and
# shifts that uses it, and hash() of big ints of both signs, equal to the
# hash of the same value reached another way.
for bits in (62, 63, 64, 65, 127, 128, 129, 1000):
    p = 1 << bits
    for x in (p - 1, p, p + 1, -(p - 1), -p, -(p + 1)):
        print(bits, x.bit_length(), (-x).bit_length(), abs(x).bit_length())

a = -(1 << 200) + 12345
b = 3 ** 150
print(a.bit_length(), b.bit_length(), (a * b).bit_length(), (a * -b).bit_length())
print((a << 77).bit_length(), (a >> 77).bit_length(), (b >> 300).bit_length())
print((1 << 64).bit_length(), (-(1 << 64)).bit_length(), ((1 << 64) - 1).bit_length())

M = (1 << 61) - 1
for x in (1 << 64, -(1 << 64), (1 << 64) + 7, -((1 << 64) + 7), M, -M, M + 1, -(M + 1),
          2 * M - 1, -(2 * M - 1), 3 ** 200, -(3 ** 200), (1 << 64) * M, -(1 << 64) * M):
    print(hash(x), hash(x) == hash(int(str(x))), hash(x) == hash(x + 0))
d = {1 << 70: "a", -(1 << 70): "b", 3 ** 90: "c"}
print(d[2 ** 70], d[-(2 ** 70)], d[3 ** 45 * 3 ** 45], len({1 << 100, 2 ** 100, 4 ** 50}))
print(hash(-(1 << 61) + 1), hash((1 << 61) - 1), hash(-2 ** 61), hash(2 ** 61))
