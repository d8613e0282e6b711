# timegm against time.gmtime and datetime.
import calendar, time
from datetime import datetime

for tt in [(1970, 1, 1, 0, 0, 0), (2024, 1, 1, 0, 0, 0), (1969, 12, 31, 23, 59, 59, 0, 0, 0),
           (2000, 2, 29, 12, 30, 15), (1, 1, 1, 0, 0, 0), (2024, 1, 40, 0, 0, 0), (2024, 1, 1, 25, 61, 61)]:
    print(tt, calendar.timegm(tt))
print(calendar.timegm(datetime(2020, 5, 6, 7, 8, 9).timetuple()))
print(calendar.timegm(time.gmtime(1234567890)))
try:
    calendar.timegm((2024, 13, 1, 0, 0, 0))
except ValueError as e:
    print(e)
