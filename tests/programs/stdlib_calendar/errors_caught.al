# The calendar's exceptions, caught: IllegalMonthError and IllegalWeekdayError.
import calendar

for f in [lambda: calendar.monthrange(2024, 14), lambda: calendar.setfirstweekday(9),
          lambda: calendar.monthcalendar(2024, 0), lambda: calendar.Calendar().monthdays2calendar(2024, 13)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e, e.args)
