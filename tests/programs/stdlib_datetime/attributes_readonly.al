# Reading and refusing attributes of datetime objects.
from datetime import date, datetime, timedelta

d = date(2020, 1, 1)
print(d.year, d.month, d.day, timedelta(1).days)
try:
    d.foo
except AttributeError as e:
    print(e)
for obj, name in [(d, "foo"), (d, "year"), (datetime(2020, 1, 1), "hour"), (timedelta(1), "days")]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(e)
try:
    del d.month
except AttributeError as e:
    print(e)
try:
    datetime(2020, 1, 1).bar
except AttributeError as e:
    print(e)
print(type(d).__name__, type(datetime(2020, 1, 1)), isinstance(datetime(2020, 1, 1), date), issubclass(datetime, date))
print(date.min, date.max, date.resolution, sorted(n for n in dir(date) if not n.startswith("_")))
