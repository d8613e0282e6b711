inf = float("inf")
nan = float("nan")
vals = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, inf),
        complex(inf, nan), complex(1e16, 1e-5), complex(1e-17, 123456789012345678),
        complex(1.5, -2.25), complex(0.1, 0.2), complex(1e300, -1e-300)]
for v in vals:
    print(repr(v), str(v), v)
print([1j, 2+0j], (1j,), {1j: 2j})
