# date arithmetic with timedeltas, month ends, leap years and the range edges.
from datetime import date, timedelta

d = date(2020, 1, 31)
for n in [1, 29, 30, 31, 60, 365, 366, -1, -31, -366, 1000, -1000]:
    print(n, d + timedelta(days=n), d - timedelta(days=n), timedelta(n) + d)
print(date(2020, 3, 1) - date(2020, 2, 1), date(2021, 3, 1) - date(2021, 2, 1))
print(date(2000, 1, 1) - date(1999, 12, 31), date(1, 1, 1) - date(9999, 12, 31))
print(date(2020, 1, 1) + timedelta(hours=25), date(2020, 1, 1) - timedelta(hours=25))
print(date(2020, 1, 1) + timedelta(seconds=86399))
for bad in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
            lambda: date(2020, 1, 1) + 1, lambda: date(2020, 1, 1) - 1,
            lambda: 1 - date(2020, 1, 1), lambda: timedelta(1) - date(2020, 1, 1)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
