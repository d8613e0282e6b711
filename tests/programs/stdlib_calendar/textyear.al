# calendar() and prcal(): whole years, with column and spacing options.
import calendar

print(calendar.calendar(2024))
calendar.prcal(2023, 3, 2, 4, 4)
print(calendar.calendar(1, m=2))
print(calendar.TextCalendar(6).formatyear(9999, 2, 1, 2, 6))
