# time: the deterministic calendar functions (tests run with TZ=UTC).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(t[0], t[-1], t[1:4], len(t), tuple(t) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(type(t), type(t).__name__, isinstance(t, tuple), time.struct_time)
y, m, d, *rest = time.gmtime(1234567890)
print(y, m, d, rest)
print(time.gmtime(951782400.9), time.gmtime(-1.5))
lt = time.localtime(10**9)
print(lt, lt.tm_zone, lt.tm_isdst)
print(time.mktime(lt), time.mktime((2024, 2, 29, 12, 30, 0, 0, 0, -1)))
print(time.asctime(time.gmtime(10**9)), time.ctime(0), time.ctime(1e10))
print(time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %Z %z", time.gmtime(1700000000)))
print(time.strftime("%c|%x|%X|%p|%%|%U|%W", (2024, 7, 4, 15, 5, 9, 3, 186, 0)))
print(repr(time.strftime("", t)), time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.timezone, time.altzone, time.daylight, time.tzname)
s = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0))
print(s, s.tm_zone, s == (2020, 5, 17, 1, 2, 3, 6, 138, 0))
s11 = time.struct_time([2020, 5, 17, 1, 2, 3, 6, 138, 0, "XYZ", 3600])
print(s11.tm_zone, s11.tm_gmtoff, len(s11))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
match t:
    case time.struct_time(tm_year=1970, tm_mon=mon):
        print("matched", mon)

for f, args in [(time.gmtime, (float("nan"),)), (time.gmtime, ("x",)), (time.gmtime, (1e20,)),
                (time.strftime, ("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))),
                (time.strftime, ("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0])),
                (time.asctime, ((1, 2),)), (time.mktime, ((10**10, 1, 1, 0, 0, 0, 0, 1, 0),)),
                (time.struct_time, ((1, 2, 3),)), (time.sleep, (-1,)), (time.sleep, ("1",))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
