for z in [1j, 3 + 4j, -3 - 4j, 0j, complex(-0.0, -0.0), complex(float("inf"), float("nan")),
          complex(float("nan"), 1), 1e308 + 1e308j, 1e-320j]:
    print(repr(z), abs(z), bool(z), -z, +z, not z)
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print("OverflowError:", e)
if 1j:
    print("truthy")
if not 0j:
    print("falsy")
