# datetime(): reprs and the checks of every field.
from datetime import datetime, timezone, timedelta

for dt in [datetime(2020, 1, 2), datetime(2020, 1, 2, 3), datetime(2020, 1, 2, 3, 4, 5),
           datetime(2020, 1, 2, 0, 0, 0, 5), datetime(2020, 1, 2, fold=1),
           datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc),
           datetime(2020, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=5, minutes=30), "IST"))]:
    print(repr(dt), str(dt))
for args, kw in [((2020,), {}), ((2020, 1), {}), ((), {}), ((2020, 1, 1, 24), {}),
                 ((2020, 1, 1, 1, 60), {}), ((2020, 1, 1, 1, 1, 60), {}),
                 ((2020, 1, 1, 1, 1, 1, 10 ** 6), {}), ((2020, 1, 1), {"fold": 2}),
                 ((2020, 1, 1), {"tzinfo": "UTC"}), ((2020, 1, 1), {"x": 1}),
                 ((1, 2, 3, 4, 5, 6, 7, None, 8), {}), ((2020, 2, 30), {}),
                 ((2020, 1, 1.0), {})]:
    try:
        print(datetime(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(datetime.min, datetime.max, datetime.resolution)
dt = datetime(2021, 12, 31, 23, 59, 58, 123456)
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), repr(dt.timetz()), isinstance(dt, datetime.__mro__[1]))
