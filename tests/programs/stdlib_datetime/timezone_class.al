# timezone: fixed offsets, names, utc, reprs, comparisons and errors.
from datetime import timezone, timedelta, datetime, UTC

for tz in [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(0), "UTC"), timezone(timedelta(hours=1)),
           timezone(timedelta(hours=1), "X"), timezone(timedelta(hours=-1, minutes=-30)),
           timezone(timedelta(seconds=1)), timezone(timedelta(microseconds=1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone.utc is UTC, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0)) == timezone.utc)
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"), hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1)))
for f in [lambda: timezone(timedelta(hours=24)), lambda: timezone(1), lambda: timezone(timedelta(0), 1),
          lambda: timezone(), lambda: timezone(timedelta(0), "a", "b"), lambda: timezone.utc.utcoffset(1),
          lambda: timezone.utc.tzname(1), lambda: timezone.utc.dst(1), lambda: timezone.utc.fromutc(datetime(2020, 1, 1)),
          lambda: timezone.utc.fromutc(1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(timezone(offset=timedelta(0), name="a"), timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
three = timezone(timedelta(hours=3))
print(three.fromutc(datetime(2020, 1, 1, 22, tzinfo=three)))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print(e)
print(timezone.utc.__getinitargs__(), timezone(timedelta(hours=1), "X").__getinitargs__())
