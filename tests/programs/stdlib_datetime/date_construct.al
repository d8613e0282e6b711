# date(): argument checks and their messages, in CPython's order.
from datetime import date, MINYEAR, MAXYEAR

print(date(2020, 1, 2), repr(date(2020, 1, 2)))
print(date(year=1999, month=12, day=31))
print(date(True, 1, 1), MINYEAR, MAXYEAR)
for args in [(2020,), (2020, 1), (2020, 13, 1), (2020, 0, 1), (2020, 2, 30), (2021, 2, 29),
             (0, 1, 1), (10000, 1, 1), ("a", 1, 1), (2020.0, 1, 1), (2020, 1, 1, 1), (2020, 4, 31)]:
    try:
        print(date(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    date(2020, 1, day=3, x=1)
except TypeError as e:
    print(e)
try:
    date(x=1)
except TypeError as e:
    print(e)
print(date(2024, 2, 29), date(2000, 2, 29))
try:
    date(1900, 2, 29)
except ValueError as e:
    print(e)
