# datetime arithmetic: adding timedeltas across days, months, years; subtracting.
from datetime import datetime, timedelta, date

dt = datetime(2020, 2, 28, 23, 59, 59, 999999)
for td in [timedelta(microseconds=1), timedelta(seconds=1), timedelta(days=1), timedelta(days=366),
           timedelta(hours=-24), timedelta(microseconds=-999999), timedelta(days=-60, seconds=5)]:
    print(dt + td, dt - td, td + dt)
print(datetime(2020, 1, 1) - datetime(2019, 1, 1, 5, 6, 7, 8))
print(datetime(2019, 1, 1) - datetime(2020, 1, 1))
print(datetime(2020, 3, 1) - datetime(2020, 2, 1), datetime(2021, 3, 1) - datetime(2021, 2, 1))
d = datetime(2020, 1, 1)
step = timedelta(hours=7, minutes=13, microseconds=1)
for i in range(1000):
    d += step
print(d)
for f in [lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(1),
          lambda: datetime(2020, 1, 1) - date(2019, 1, 1), lambda: date(2020, 1, 1) - datetime(2019, 1, 1),
          lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1), lambda: datetime(2020, 1, 1) + 1]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
