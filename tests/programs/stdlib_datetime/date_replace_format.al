# replace, isoformat, str, format and strftime of dates.
from datetime import date

d = date(2021, 1, 31)
print(d.replace(day=28), d.replace(2022), d.replace(month=3), d.replace())
for kw in [{"month": 2}, {"month": 13}, {"x": 1}]:
    try:
        print(d.replace(**kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d.replace(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(d.isoformat(), str(d), date(5, 6, 7).isoformat(), f"{d}", "{}".format(d), "%s" % d)
print(format(d, ""), format(d, "%d/%m/%Y"), f"{d:%A %B %j}")
print(d.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %% %Z|%z|%f"))
print(repr(date(2020, 1, 1).strftime("")), repr(date(2020, 1, 1).strftime("x%")))
try:
    format(d, 1)
except TypeError as e:
    print(e)
try:
    d.strftime(1)
except TypeError as e:
    print(e)
