# str and repr of timedeltas.
from datetime import timedelta

for args in [(0,), (1,), (-1,), (2, 5, 7), (-1, 5), (-1, 86399, 999999), (999999,),
             (0, 0, 10), (0, 3600), (0, 59, 1), (-2, 0, 1), (1, 1)]:
    t = timedelta(*args)
    print(str(t), "|", repr(t), "|", format(t, ""), "|", f"{t}")
try:
    format(timedelta(1), "x")
except TypeError as e:
    print(e)
