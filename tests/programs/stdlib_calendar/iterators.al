# Calendar's iterators and matrices.
import calendar

c = calendar.Calendar(6)
print(list(c.itermonthdates(2024, 3)))
print(list(c.itermonthdays(2024, 3)))
print(list(c.itermonthdays2(2024, 3)))
print(list(c.itermonthdays3(2024, 1)))
print(list(c.itermonthdays4(2024, 12)))
print(c.monthdatescalendar(2024, 6))
print(c.monthdays2calendar(2023, 2))
print(c.yeardays2calendar(2024, 4)[0][1])
print(len(c.yeardatescalendar(2024)), len(c.yeardayscalendar(2024, 5)), [len(r) for r in c.yeardayscalendar(2024, 5)])
print(list(calendar.Calendar().itermonthdays3(1, 1)))
print(list(calendar.Calendar().itermonthdates(1, 1)))
try:
    print(list(calendar.Calendar().itermonthdates(9999, 12)))
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
