for f in [lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: round(1+2j, 2),
          lambda: int(complex(3, 0)), lambda: float(2+0j)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
import math
for name in ["sqrt", "floor", "exp", "fabs", "isnan"]:
    try:
        print(getattr(math, name)(1j))
    except TypeError as e:
        print(name, "TypeError:", e)
try:
    math.atan2(1j, 1)
except TypeError as e:
    print("TypeError:", e)
