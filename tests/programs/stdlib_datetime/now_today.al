# now, today and utcnow are plausible (the run's clock is not printed).
from datetime import datetime, date, timezone, timedelta

n = datetime.now()
u = datetime.utcnow()
a = datetime.now(timezone.utc)
print(n.tzinfo, u.tzinfo, a.tzinfo, date.today() > date(2020, 1, 1), n > datetime(2020, 1, 1))
print(abs(n - u) < timedelta(seconds=5), abs(a - n.replace(tzinfo=timezone.utc)) < timedelta(seconds=5))
print(abs(date.today() - n.date()) <= timedelta(1), type(datetime.today()).__name__)
print(datetime.now(timezone(timedelta(hours=3))).utcoffset())
try:
    datetime.now(1)
except TypeError as e:
    print(e)
