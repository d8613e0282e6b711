# isoformat with sep and timespec, str, and datetime.fromisoformat round trips.
from datetime import datetime, timezone, timedelta

dt = datetime(2020, 1, 2, 3, 4, 5, 678901, tzinfo=timezone(timedelta(hours=-5, minutes=-30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(dt.isoformat(timespec=spec), dt.isoformat(" ", spec), datetime(2020, 1, 2).isoformat("x", spec))
print(str(dt), dt.isoformat(), datetime(1, 1, 1).isoformat())
for f in [lambda: dt.isoformat(timespec="x"), lambda: dt.isoformat(sep="ab"),
          lambda: dt.isoformat(sep=1), lambda: dt.isoformat(timespec=1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in ["2020-01-02", "2020-01-02T12", "2020-01-02 12:30", "2020-01-02X12:30", "2020-01-021230",
          "20200102T123045", "2020-W01-3T12:00", "2020W013T12", "2020W01T12",
          "2020-01-02T12:30:45.123456+05:00", "2020-01-02T12:30:45Z", "2020-01-02T",
          "2020-01-02T24:00", "2020-01-02T12:30:45 ", "2020-01-02t12", "2020-01-02\u00e912:00",
          "2020-01-0", "2020-01-02+01", "2020-01-02T12-0130", "2020-01-02T12:30:45.123456789"]:
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), e)
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(str(dt)) == dt)
