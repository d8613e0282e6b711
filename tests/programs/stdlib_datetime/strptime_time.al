# time.strptime returns a struct_time with tm_zone and tm_gmtoff.
import time

t = time.strptime("2020-01-02 03:04:05 +0130 UTC", "%Y-%m-%d %H:%M:%S %z %Z")
print(t, t.tm_zone, t.tm_gmtoff, t.tm_isdst, tuple(t))
t = time.strptime("Mon Jan  6 10:00:00 2020")
print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime("2020", "%Y"), time.strptime("60", "%S").tm_sec, time.strptime("gmt", "%Z").tm_isdst)
print(time.strptime("\u0662\u0660\u0662\u0660", "%Y").tm_year)
for args in [(1,), ("2020", 1), (), ("a", "b", "c")]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print(e)
try:
    time.strptime("2020", format="%Y")
except TypeError as e:
    print(e)
for s, f in [("2020", "%Y-%m"), ("2020-01x", "%Y-%m"), ("5", "%e"), ("2020", "% ")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(e)
print(time.mktime(time.strptime("2000-01-01", "%Y-%m-%d")))
