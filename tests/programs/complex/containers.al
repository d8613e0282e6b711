xs = [3 + 4j, 1j, -2 + 0.5j, 1 + 1j, 0j, -1 - 1j]
print(sorted(xs, key=abs))
print(sorted(xs, key=lambda z: (z.real, z.imag)))
print(max(xs, key=abs), min(xs, key=lambda z: z.imag))
try:
    sorted(xs)
except TypeError as e:
    print("TypeError:", e)
try:
    max(xs)
except TypeError as e:
    print("TypeError:", e)
d = {1j: "i", 2: "two", 2 + 0j: "again"}
print(d, d[1j], d[2.0])
s = {1 + 0j, 1, 1.0, True, 2j}
print(len(s), 2j in s)
print(xs.index(1j), xs.count(0j), 0 in xs, 0j in xs)
print(tuple(z.conjugate() for z in xs))
print([z * 1j for z in xs])
