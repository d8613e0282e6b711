# str()/repr() of floats in containers and after arithmetic; float to int.
vals = [3.0, -3.0, 0.1, 1e-10, 1.23e45, 2.5, 1 / 9, 100.0 / 3, 1e16 + 1, 2e16 + 2]
for v in vals:
    print(str(v), repr(v), int(v), v.is_integer())
print(str([1.0, 2.5]), str((0.0, -0.0)), str({"a": 1e-9}))
print(type(3.5), type(float(3)), type(3 * 1.0))
print(int(1e16), int(-1e16), int(123.999), int(-0.999))
print(abs(-2.5), -abs(2.5), +(-0.0), -(0.0))
print(2.5.is_integer(), 3.0.is_integer(), (-0.0).is_integer())
