inf = float("inf")
nan = float("nan")
for z in [3j, -3j, 3 + 0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(inf, nan), complex(-inf, inf),
          complex(1e20, 1e-20), complex(1234567.891, -9876543.21)]:
    for spec in ["", "g", ".2", ".2f", ",", "_.2f", ",.3e", "z.1f", "+g", " g", "#.0f", "20"]:
        print(repr(z), repr(spec), repr(format(z, spec)))
for spec in ["=10", "010", "0>10", "d", "%", "x", ".2%", "c", "s", "5.2n", "="]:
    try:
        print(repr(spec), repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
