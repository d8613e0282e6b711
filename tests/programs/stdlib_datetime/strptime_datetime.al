# datetime.strptime: directives, time zones, fractions, and its errors.
from datetime import datetime

for s, f in [("2020-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("12:30:45.5", "%H:%M:%S.%f"),
             ("2020 +01:30:15.5", "%Y %z"), ("2020 UTC +0100", "%Y %Z %z"), ("2020 Z", "%Y %z"),
             ("Mon Jan  6 10:00:00 2020", "%a %b %d %H:%M:%S %Y"), ("monday JANUARY 5", "%A %B %d"),
             ("12 pm", "%I %p"), ("12 AM", "%I %p"), ("1 PM", "%I %p"), ("99", "%y"), ("68", "%y"),
             ("10/11/12", "%x"), ("10:11:12", "%X"), ("Tue Feb  3 04:05:06 1987", "%c"),
             ("2020 366", "%Y %j"), ("2020 1 1", "%G %V %u"), ("2020 0 0", "%Y %U %w"),
             ("2020 52 6", "%Y %W %w"), ("02-29", "%m-%d"), ("111", "%m%d"), ("2020  01", "%Y %m"),
             ("%", "%%"), ("a.b", "a.b"), ("(x)", "(x)"), ("", "")]:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), e)
for s, f in [("2020", "%Y-%m-%d"), ("2020-01-02x", "%Y-%m-%d"), ("2020", "%Q"), ("2020", "%Y%"),
             ("2020", "%."), ("2021-02-29", "%Y-%m-%d"), ("2021 366", "%Y %j"), ("13", "%I"),
             ("2020 1", "%G %V"), ("1 1", "%V %u"), ("2020 +01:3015", "%Y %z"), ("2020 EST", "%Y %Z"),
             ("0000", "%Y"), ("axb", "a.b"), ("Sept", "%b"), ("x", "")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(repr(s), repr(f), e)
for args in [(1, "%Y"), ("2020", 1), ("2020",)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(e)
