# formatstring, format, week and prweek.
import calendar

print(repr(calendar.formatstring(["a", "bb", "ccc"], 5, 2)))
print(repr(calendar.formatstring(["Jan", "Feb"])))
calendar.format(["x", "y"], 4, 1)
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.prweek([(0, 5), (1, 6)], 2)
print()
tc = calendar.TextCalendar()
print(repr(tc.formatday(0, 0, 4)), repr(tc.formatday(7, 0, 4)), repr(tc.formatweekday(0, 9)), repr(tc.formatmonthname(2020, 3, 30)))
