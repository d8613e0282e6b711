# isleap, leapdays, weekday, monthrange and their errors.
import calendar

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1, 2025), calendar.leapdays(2000, 2000), calendar.leapdays(2025, 2000), calendar.leapdays(1900, 1905))
print(calendar.weekday(2024, 2, 29), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 3), calendar.weekday(1, 1, 1))
for y, m in [(2024, 2), (1900, 2), (2000, 2), (2023, 12), (2023, 4)]:
    print(y, m, calendar.monthrange(y, m))
for m in [0, 13]:
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print(e, e.month, e.args, isinstance(e, ValueError))
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(e)
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(calendar.error is ValueError)
