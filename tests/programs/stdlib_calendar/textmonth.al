# month() and prmonth(): the text layout for several widths and first weekdays.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2024, 2, 4, 2))
print(calendar.month(2024, 9, 0, 0), end="")
calendar.prmonth(2021, 5)
calendar.prmonth(2021, 5, 3)
tc = calendar.TextCalendar(6)
print(tc.formatmonth(2024, 3))
print(calendar.TextCalendar(calendar.WEDNESDAY).formatmonth(2015, 2, w=9))
print(repr(calendar.weekheader(3)), repr(calendar.weekheader(1)), repr(calendar.weekheader(10)))
try:
    calendar.month(2024, 13)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
