# setfirstweekday, firstweekday and their effect on the module functions.
import calendar

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
for bad in [7, -1]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(e, e.weekday)
calendar.setfirstweekday(0)
print(calendar.monthcalendar(2024, 2))
c = calendar.Calendar(8)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.setfirstweekday(-1)
print(c.firstweekday, list(c.iterweekdays()))
