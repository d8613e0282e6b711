# Ordering, equality and hashing of timedeltas.
from datetime import timedelta

ts = [timedelta(1), timedelta(-1), timedelta(0), timedelta(0, 86399), timedelta(microseconds=-1)]
print(sorted(ts))
print(timedelta(1) > timedelta(0, 86399), timedelta(1) == timedelta(hours=24), timedelta(1) != timedelta(1))
print(timedelta(1) == 1, timedelta(1) != "a")
try:
    timedelta(1) < 1
except TypeError as e:
    print(e)
print(hash(timedelta(1, 2, 3)) == hash(timedelta(1, 2, 3)), {timedelta(days=1): "x"}[timedelta(hours=24)])
print(list({timedelta(i) for i in range(-5, 10)}))
print(min(ts), max(ts))
