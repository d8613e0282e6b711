# A month-end schedule and day counting in a loop (common program patterns).
from datetime import date, datetime, timedelta

def month_end(y, m):
    if m == 12:
        return date(y, 12, 31)
    return date(y, m + 1, 1) - timedelta(days=1)

print([month_end(2024, m).day for m in range(1, 13)])
print([month_end(2023, m).isoformat() for m in (1, 2, 3)])
start = date(2024, 1, 1)
weekdays = sum(1 for i in range(366) if (start + timedelta(i)).weekday() < 5)
print(weekdays)
t = datetime(2024, 3, 30, 22)
seen = []
while t < datetime(2024, 4, 2):
    seen.append(t.strftime("%a %d %H"))
    t += timedelta(hours=11)
print(seen)
by_month = {}
for i in range(0, 400, 7):
    d = date(2023, 12, 1) + timedelta(i)
    by_month[(d.year, d.month)] = by_month.get((d.year, d.month), 0) + 1
print(by_month)
