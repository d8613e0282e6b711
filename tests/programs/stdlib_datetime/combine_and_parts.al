# combine, date(), time(), timetz(), replace of datetimes.
from datetime import datetime, date, time, timezone, timedelta

d = date(2020, 3, 4)
t = time(7, 8, 9, 10, timezone.utc, fold=1)
print(repr(datetime.combine(d, t)), repr(datetime.combine(d, t, None)), repr(datetime.combine(d, t, tzinfo=timezone(timedelta(hours=1)))))
print(datetime.combine(datetime(2020, 1, 1, 5), time(6)))
for f in [lambda: datetime.combine(1, t), lambda: datetime.combine(d, 1), lambda: datetime.combine(d, t, 1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
dt = datetime(2021, 12, 31, 23, 59, 58, 123456, tzinfo=timezone.utc)
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
print(dt.replace(microsecond=0), dt.replace(year=2020, month=2, day=29), repr(dt.replace(tzinfo=None)), dt.replace(1))
for kw in [{"day": 32}, {"x": 1}, {"fold": 2}, {"tzinfo": 3}]:
    try:
        print(dt.replace(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
