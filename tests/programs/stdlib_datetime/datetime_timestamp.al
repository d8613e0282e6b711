# timestamps in both directions, with TZ=UTC as the local zone.
from datetime import datetime, date, timezone, timedelta

for t in [0, 1e9, 1.5e9 + 0.0000005, -1.5, 0.9999996, -0.0000004, 86400 * 365.25 * 30, 253402300799]:
    print(t, datetime.fromtimestamp(t), datetime.utcfromtimestamp(t), datetime.fromtimestamp(t, timezone.utc))
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=5))))
print(date.fromtimestamp(1e9), date.fromtimestamp(-1.5), date.fromtimestamp(0))
for dt in [datetime(1970, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(1, 1, 1, tzinfo=timezone.utc),
           datetime(2020, 6, 1, 12, 30, 15, 500000), datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-8)))]:
    print(dt.timestamp())
print(datetime.fromtimestamp(datetime(2020, 5, 6, 7, 8, 9, 123456).timestamp()))
for bad in ["a", float("nan"), 1e20, float("inf"), 253402300800]:
    try:
        print(datetime.fromtimestamp(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
