for z in [1j, 1+2j, -1j, 1e16j, complex(1.5, 0), complex(2, 0), complex(0, 0),
          complex(-1, 0), complex(1e300, 1e300), complex(float("inf"), 1), complex(-0.5, -0.25),
          complex(2**62, 3), complex(123.456, -789.012)]:
    print(repr(z), hash(z))
print(hash(complex(5, 0)) == hash(5), hash(complex(2.5, 0)) == hash(2.5))
print({1: "a", 1+0j: "b", 1.0: "c"})
print(len({1j, 1j, complex(0, 1), 2j}))
