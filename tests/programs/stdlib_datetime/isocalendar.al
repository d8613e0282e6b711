# ISO weeks: isocalendar around year ends, fromisocalendar and its errors.
from datetime import date

for y in range(2014, 2030):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())
ic = date(2020, 1, 1).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2020, 1, 3), type(ic).__name__)
print(date(1, 1, 1).isocalendar(), date(9999, 12, 31).isocalendar())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1), date.fromisocalendar(1, 1, 1))
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (2020, 1, 1.5)]:
    try:
        print(date.fromisocalendar(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ok = all(date.fromisocalendar(*date.fromordinal(n).isocalendar()) == date.fromordinal(n)
         for n in range(1, 3652059, 1013))
print(ok)
