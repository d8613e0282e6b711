# Big-int +, -, comparison, * by a one-word int, and //, %, divmod by a
# one-word int or with a one-word quotient (computed on words without
# dashu), at word and small-int boundaries, both signs, zero results, and
# values past the size kept in an int's own cell.

bounds = [0, 1, 7, 2**62 - 1, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
          2**127, 2**128 - 1, 2**128, 3**100, 2**191 + 12345]
vals = []
for b in bounds:
    for d in (-1, 0, 1):
        vals.append(b + d)
        vals.append(-(b + d))

h = 0
count = 0
for x in vals:
    for y in vals:
        s = x + y
        t = x - y
        m = x * y
        c = (x < y, x <= y, x == y, x != y, x > y, x >= y)
        h = (h * 31 + s % 1000003 + t % 999983 + m % 1000033 + sum(c)) % (2**61 - 1)
        if y != 0:
            q, r = divmod(x, y)
            assert q == x // y and r == x % y, (x, y)
            assert q * y + r == x, (x, y)
            assert r == 0 or (r < 0) == (y < 0), (x, y)
            assert abs(r) < abs(y), (x, y)
            h = (h * 31 + q % 1000003 + r % 999983) % (2**61 - 1)
        count += 1
print(count, h)

# Results that shrink back into the small range are small ints again.
big = 2**62
print(big - 1, type(big - 1).__name__, (big - 1) == 2**62 - 1, -big, -big // 1)
print(big * 2 // 2 - big, (big + big) - big - big, big - big)
print(hash(2**64 - 2**64 + 5), hash(-(2**64)), hash(2**64 + 1))

# One-word quotients: near-exact products, off by one either side.
for q in (0, 1, 2, 9, 2**32, 2**63 - 1, 2**63, 2**64 - 1):
    for b in (2**64 + 1, 3**80, 2**200 - 1, 7**300):
        for d in (-1, 0, 1, b - 1):
            a = q * b + d
            for sa in (1, -1):
                for sb in (1, -1):
                    x, y = sa * a, sb * b
                    qq, rr = divmod(x, y)
                    assert qq * y + rr == x and (rr == 0 or (rr < 0) == (y < 0)) and abs(rr) < abs(y)
                    print(qq, rr % 1000003, x // y == qq, x % y == rr)

# Big times a word in both orders; a word of all ones.
w = 2**64 - 1
for x in (3**200, -(3**200), 2**4000 + 1):
    print((x * w) % 1000003, (w * x) % 1000003, (x * -w) % 999983, x * 0, 0 * x)

# Values larger than an int's cell holds (8189 words) and back: a product
# growing across the limit, one word at a time.
f = 3**330000
sizes = []
for i in range(200):
    f = f * 1000003
    sizes.append(f.bit_length() // 64)
print(sizes[0], sizes[-1], f.bit_length(), f % 1000000007)
g = f + f - f
print(g == f, g - f, (f * 3) // 3 == f, (f + 1) % 7, (-f) % 1000003, f // (f // 3))
print((f * 12345 + 6789) % 12345, divmod(-f, 2**64 - 3)[1])
print(f > f - 1, f - 1 < f, -f < -f + 1, f == f * 1, f != -f)
