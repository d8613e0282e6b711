# Comparing and hashing times, naive and aware.
from datetime import time, timezone, timedelta, tzinfo

class Plus(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)

print(time(1) < time(2), time(1, 0, 0, 1) > time(1), time(5) == time(5, 0))
print(time(1, tzinfo=Plus(1)) == time(0, tzinfo=timezone.utc), time(1, tzinfo=Plus(1)) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
for f in [lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: time(1) < 1,
          lambda: time(1) + timedelta(1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(hash(time(1, 2)) == hash(time(1, 2)), hash(time(1, tzinfo=Plus(1))) == hash(time(0, tzinfo=timezone.utc)))
print(sorted([time(3), time(1, 30), time(2)]))
