print(complex(), complex(1), complex(1.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1j), complex(1j, 1j), complex(1+2j, 3+4j), complex(2, 1j), complex(1j, 2))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4), complex(imag=1j))
print(complex(-0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(10**20, 2**60))
z = 1 + 2j
print(complex(z) is z, complex(z) == z)
for args in [([],), (1, []), ("1", 2), (1, "2"), (1, 2, 3), (None,), (1j, None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(10**400)
except OverflowError as e:
    print("OverflowError:", e)
