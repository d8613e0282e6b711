# astimezone between fixed zones, from naive (local = UTC here) and to local.
from datetime import datetime, timezone, timedelta

est = timezone(timedelta(hours=-5), "EST")
dt = datetime(2020, 1, 1, 0, 30, tzinfo=timezone.utc)
print(dt.astimezone(est), dt.astimezone(est).astimezone(timezone.utc) == dt)
print(repr(datetime(2020, 1, 1).astimezone(timezone.utc)), repr(datetime(2020, 1, 1).astimezone()))
print(repr(dt.astimezone()), dt.astimezone(dt.tzinfo) is dt)
print(datetime(2020, 3, 1, 2, tzinfo=timezone(timedelta(hours=5))).astimezone(timezone(timedelta(hours=-7))))
try:
    dt.astimezone(1)
except TypeError as e:
    print(e)
