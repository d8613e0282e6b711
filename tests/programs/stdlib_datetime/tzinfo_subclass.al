# User tzinfo subclasses: utcoffset/dst/tzname, the checks of what they return, fromutc.
from datetime import tzinfo, timedelta, datetime, time, timezone

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "Fixed(%r)" % self.name

class Bad(tzinfo):
    def __init__(self, v):
        self.v = v
    def utcoffset(self, dt):
        return self.v
    def dst(self, dt):
        return self.v
    def tzname(self, dt):
        return self.v

ny = Fixed(-5, "NY")
dt = datetime(2020, 6, 1, 12, tzinfo=ny)
print(dt, repr(dt), dt.utcoffset(), dt.dst(), dt.tzname(), dt.timetuple(), dt.utctimetuple())
print(dt.astimezone(timezone.utc), dt.astimezone(Fixed(9, "TK")), ny.fromutc(datetime(2020, 1, 1, tzinfo=ny)))
print(time(1, tzinfo=ny).utcoffset(), time(1, tzinfo=ny).tzname(), time(1, tzinfo=ny).isoformat())
for v in [1, timedelta(1), timedelta(seconds=1.5), None, "x"]:
    for name in ["utcoffset", "dst", "tzname"]:
        try:
            print(name, repr(getattr(datetime(2020, 1, 1, tzinfo=Bad(v)), name)()))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
base = tzinfo()
for name in ["utcoffset", "dst", "tzname"]:
    try:
        getattr(base, name)(None)
    except NotImplementedError as e:
        print(e)
for f in [lambda: base.fromutc(1), lambda: base.fromutc(datetime(2020, 1, 1))]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
