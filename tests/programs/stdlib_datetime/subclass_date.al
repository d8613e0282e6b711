# Subclasses of date and datetime: constructors and methods return the subclass.
from datetime import date, datetime, timedelta, timezone, time

class D(date):
    def __new__(cls, *a, **k):
        print("D.__new__", a, k)
        return super().__new__(cls, *a, **k)
    def label(self):
        return "D:" + self.isoformat()

class DT(datetime):
    def __new__(cls, *a, **k):
        print("DT.__new__", a, k)
        return super().__new__(cls, *a, **k)

d = D(2020, 1, 1)
print(repr(d + timedelta(1)), repr(d - timedelta(1)), repr(d.replace(day=3)), d.label())
print(repr(D.fromordinal(5)), repr(D.fromisoformat("2020-01-02")), repr(D.fromisocalendar(2020, 1, 1)))
print(repr(D.fromtimestamp(0)), d - d, type(d.replace(day=9)).__name__)
x = DT(2020, 1, 1)
print(repr(x + timedelta(1)), repr(x.replace(day=3)), repr(DT.combine(date(2020, 1, 1), time(1))))
print(repr(DT.fromisoformat("2020-01-02")), repr(DT.fromtimestamp(0)), repr(DT.utcfromtimestamp(0)))
print(repr(DT.strptime("2020", "%Y")), repr(x.astimezone(timezone.utc)), repr(x.date()), repr(DT.fromordinal(3)))
class TD(timedelta):
    pass
print(repr(TD(1)), repr(TD(1) + TD(1)), repr(TD(1) * 2), repr(-TD(1)), type(abs(TD(1))).__name__)
d.extra = 5
print(d.extra, D.__name__, D.__mro__[1])
