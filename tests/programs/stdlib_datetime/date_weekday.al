# weekday, isoweekday, ctime and timetuple of dates.
from datetime import date

for d in [date(2020, 1, 1), date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29), date(1970, 1, 1)]:
    print(d, d.weekday(), d.isoweekday(), d.ctime())
    print(d.timetuple())
tt = date(2021, 3, 4).timetuple()
print(tt.tm_yday, tt.tm_wday, tt[0], tt.tm_isdst)
