z = 2 + 3j
for o in [1, -2, 0.5, True, False, 10**15, -3.25]:
    print(z + o, o + z, z - o, o - z, z * o, o * z)
    if o:
        print(z / o, o / z)
print(2 ** 1j, 2.0 ** (1 + 1j), (1j) ** 2.0)
