# Date arithmetic without libraries: leap years, day of week, days between dates.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]

def ordinal(y, m, d):
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    n += sum(days_in_month(y, k) for k in range(1, m))
    return n + d

def weekday(y, m, d):
    return NAMES[(ordinal(y, m, d) - 1) % 7]

def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    while d < 1:
        m -= 1
        if m == 0:
            y, m = y - 1, 12
        d += days_in_month(y, m)
    return y, m, d

print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1999, 12, 31), (1, 1, 1)]:
    print(date, weekday(*date))
print(ordinal(2024, 1, 1) - ordinal(2023, 1, 1), ordinal(2025, 1, 1) - ordinal(2024, 1, 1))
print(ordinal(2038, 1, 19) - ordinal(1970, 1, 1))
print(add_days(2024, 2, 20, 10), add_days(2023, 12, 25, 10), add_days(2024, 3, 5, -10), add_days(2000, 1, 1, 10000))
for y in [2023, 2024]:
    row = " ".join(f"{days_in_month(y, m):2d}" for m in range(1, 13))
    print(y, row, sum(days_in_month(y, m) for m in range(1, 13)))
fridays = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print(len(fridays), fridays[:5])
