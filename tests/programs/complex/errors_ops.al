tests = [
    lambda: 1j // 1, lambda: 1j % 2, lambda: 3 // 1j, lambda: 2.0 % 1j,
    lambda: divmod(1j, 1), lambda: 1j / 0, lambda: 1j / 0.0, lambda: 1 / 0j,
    lambda: (1+1j) / complex(0, 0), lambda: 0j ** -1, lambda: 0j ** 1j,
    lambda: 0j ** (-1 + 0j), lambda: (1e200 + 0j) ** 2, lambda: (1e300 + 1e300j) ** 3,
    lambda: pow(1j, 2, 3), lambda: ~1j, lambda: 1j & 1, lambda: 1j << 1,
    lambda: 1j + "a", lambda: "a" + 1j, lambda: [1] * 1j, lambda: 1j @ 1j,
    lambda: (10 ** 400) + 1j, lambda: 1j * 10 ** 400,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
z = 1j
try:
    z //= 2
except TypeError as e:
    print(e)
