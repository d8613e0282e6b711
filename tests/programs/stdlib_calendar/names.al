# month_name, month_abbr, day_name, day_abbr in the C locale.
import calendar

print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_name), calendar.month_name[1:4], calendar.day_name[-1])
print(calendar.month_name[0] == "", calendar.day_abbr[6])
try:
    calendar.month_name[13]
except IndexError as e:
    print(e)
