# timedelta(): normalisation of every unit, ints and floats, round-half-even.
from datetime import timedelta

print(timedelta(), timedelta(1), timedelta(-1), timedelta(0, -1), timedelta(microseconds=-1))
print(repr(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)))
for kw in [{"days": 1.5}, {"seconds": 0.5, "microseconds": 0.5}, {"microseconds": 1.5},
           {"microseconds": 2.5}, {"microseconds": -0.5}, {"microseconds": -1.5},
           {"days": -0.5}, {"seconds": 0.0000015}, {"seconds": -0.0000005},
           {"days": 0.1, "seconds": 0.1, "microseconds": 0.1}, {"weeks": 0.1},
           {"minutes": 1.1, "hours": -0.7}, {"milliseconds": 0.0015}, {"microseconds": 1e6},
           {"days": True}, {"hours": 24 * 365.2425}]:
    print(kw, repr(timedelta(**kw)))
for kw in [{"days": 1000000000}, {"days": 1e10}, {"microseconds": 2 ** 70},
           {"days": 999999999, "seconds": 86400}, {"days": "a"}, {"seconds": None}]:
    try:
        print(timedelta(**kw))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    timedelta(1, 2, 3, 4, 5, 6, 7, 8)
except TypeError as e:
    print(e)
try:
    timedelta(x=1)
except TypeError as e:
    print(e)
t = timedelta(days=-3, seconds=5, microseconds=7)
print(t.days, t.seconds, t.microseconds, t.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
