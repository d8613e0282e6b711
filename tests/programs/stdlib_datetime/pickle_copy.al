# __reduce__ forms (CPython's bytes states) and copy/deepcopy.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class TZ(tzinfo):
    def __init__(self, n=1):
        self.n = n
    def utcoffset(self, dt):
        return timedelta(hours=self.n)

objs = [date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 1, fold=1),
        datetime(2020, 1, 2, tzinfo=timezone.utc), time(1, 2, 3, 4), time(5, tzinfo=timezone.utc),
        timedelta(1, 2, 3), timezone.utc, timezone(timedelta(hours=1), "X")]
for o in objs:
    print(repr(o.__reduce__()), repr(copy.copy(o)), repr(copy.deepcopy(o)), copy.copy(o) == o)
print(datetime(2020, 1, 1, fold=1).__reduce_ex__(4), datetime(2020, 1, 1, fold=1).__reduce_ex__(2))
print(repr(date(b"\x07\xe4\x01\x02")), repr(datetime(b"\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06")), repr(time(b"\x01\x02\x03\x00\x00\x07")))
t = TZ(3)
print(t.__reduce__()[0] is TZ, t.__reduce__()[2], copy.deepcopy(t).n)
dt = datetime(2020, 1, 1, tzinfo=t)
print(copy.deepcopy(dt).utcoffset(), copy.copy(dt).tzinfo is t)
