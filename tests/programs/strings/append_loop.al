# Strings grown by += and s = s + x in loops (alc shares an append buffer
# between such strings: every intermediate value must keep its own text).

# Intermediate values taken as prefixes, slices, hashes and dict keys.
s = ""
keep = []
seen = {}
for i in range(3000):
    s += str(i % 10)
    if i % 250 == 0:
        keep.append(s)
        seen[s] = i
for k in keep:
    print(len(k), k[-5:], k[:3], hash(k) == hash(k[:] + ""), seen[k])
print(len(s), s[1000:1010], s.count("7"), s[-1], s.endswith("789"))
print(s[:len(keep[3])] == keep[3], s[:len(keep[3])] is keep[3])
print(all(s.startswith(k) for k in keep))
copy = "".join(list(s))
print(copy == s, hash(copy) == hash(s), {s: 1}[copy])

# Appending to an older value after a newer one grew: both stay right.
a = "x" * 600 + "-"
a = a + "a"
b = a + "b"
c = a + "c"
print(b[-3:], c[-3:], a[-3:], len(a), len(b), len(c))
b += "B"
c += "C"
a += "A"
print(b[-4:], c[-4:], a[-4:])

# The other operand order: prepending.
p = ""
for i in range(1500):
    p = str(i % 7) + p
print(len(p), p[:8], p[-8:])

# s = s + x, and x + s mixed in one loop.
m = "|"
for i in range(2000):
    if i % 3 == 0:
        m = "<" + m
    else:
        m = m + chr(97 + i % 26)
print(len(m), m[:5], m[-5:], m.count("<"))

# Non-ASCII text: lengths, indexing and hashes count code points.
u = ""
for i in range(1200):
    u += "é€😀a"[i % 4]
print(len(u), u[-4:], u[600], u.count("😀"), u.index("😀"), hash(u) == hash("".join(u)))
print(u[-1000:-995], u.encode("utf-8")[-6:], ascii(u[:8]))
w = u
u += "ß"
w += "ñ"
print(u[-2:], w[-2:], len(u), len(w), u[:-1] == w[:-1])

# str subclasses on either side give plain str results.
class Tag(str):
    def describe(self):
        return "Tag(" + self + ")"

t = Tag("t" * 700)
r = ""
for i in range(5):
    r = r + t
    r += Tag("!")
print(type(r).__name__, len(r), r[-3:], t.describe()[:6])
q = t + "x"
q += "y"
print(type(q).__name__, len(q), q[-2:])
z = Tag("z")
z += "tail" * 200
print(type(z).__name__, len(z), z[:6])

# Values used as keys while the string keeps growing.
d = {}
key = "k" * 520
for i in range(50):
    key += str(i)
    d[key] = i
total = 0
probe = "k" * 520
for i in range(50):
    probe = probe + str(i)
    total += d[probe]
print(len(d), total, max(len(k) for k in d))

# A big string by one-character appends.
big = ""
for i in range(100000):
    big += "ab"[i & 1]
print(len(big), big[-6:], big.count("ba"), hash(big) == hash("ab" * 50000))

# Errors leave the string as it was.
e = "e" * 800
try:
    e += 5
except TypeError as exc:
    print(exc)
print(len(e), e[-2:])
e2 = e
e2 += "!"
print(len(e), len(e2), e2 is e)
print(sorted([big[:600], s[:600], e2[:600]])[0][:5])
