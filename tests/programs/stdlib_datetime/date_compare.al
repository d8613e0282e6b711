# Comparing dates with dates, datetimes and other types; sorting; hashing.
from datetime import date, datetime

a, b = date(2020, 5, 17), date(2020, 5, 18)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 5, 17))
print(sorted([date(2021, 1, 1), date(2019, 12, 31), date(2020, 6, 15)]))
print(max(a, b), min([b, a]))
print(a == 1, a != "x", a == datetime(2020, 5, 17), datetime(2020, 5, 17) == a)
for op in ["<", ">=", "cmp"]:
    try:
        if op == "<":
            print(a < 1)
        elif op == ">=":
            print(a >= "2020")
        else:
            print(a < datetime(2020, 5, 18))
    except TypeError as e:
        print(e)
print(hash(a) == hash(date(2020, 5, 17)), {a: 1}[date(2020, 5, 17)])
print(list({date(2020, 1, i) for i in range(1, 15)}))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
