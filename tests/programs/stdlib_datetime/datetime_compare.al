# Comparing datetimes: naive, aware, across zones, against dates.
from datetime import datetime, date, timezone, timedelta

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
a = datetime(2020, 1, 1, 12, tzinfo=utc)
b = datetime(2020, 1, 1, 14, tzinfo=plus2)
print(a == b, a < b, a <= b, hash(a) == hash(b), b - a, a - b)
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), datetime(2020, 1, 1) == datetime(2020, 1, 1, 0))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=utc), datetime(2020, 1, 1) != date(2020, 1, 1))
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))
for f in [lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc),
          lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc),
          lambda: datetime(2020, 1, 1) < date(2020, 1, 1),
          lambda: date(2020, 1, 1) < datetime(2020, 1, 2),
          lambda: datetime(2020, 1, 1) > 5]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(sorted([datetime(2020, 1, 1, 10, tzinfo=plus2), datetime(2020, 1, 1, 9, tzinfo=utc),
              datetime(2020, 1, 1, 8, 30, tzinfo=utc)]))
print(len({a, b, datetime(2020, 1, 1, 12, tzinfo=utc)}))
