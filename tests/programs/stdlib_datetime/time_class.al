# datetime.time: construction, reprs, isoformat with timespecs, replace.
from datetime import time, timezone, timedelta

for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(1, 2, tzinfo=timezone.utc), time(1, 2, 3, 4, timezone(timedelta(hours=-3)), fold=1)]:
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
t = time(12, 34, 56, 789012)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec))
for bad in [lambda: t.isoformat("x"), lambda: t.isoformat(1), lambda: time(24),
            lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 1000000),
            lambda: time(fold=2), lambda: time(tzinfo=1), lambda: time(1, 2, 3, 4, None, 5),
            lambda: time(x=1), lambda: time(-1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), repr(t.replace(fold=1)))
print(time.min, time.max, time.resolution, bool(time(0)))
print(t.strftime("%H:%M:%S.%f %p %I %Y-%m-%d %j"), format(t, "%H"), f"{t}")
print(time(1, tzinfo=timezone(timedelta(seconds=5, microseconds=7))).strftime("[%z] [%Z]"))
