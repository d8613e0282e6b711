# toordinal/fromordinal round trips around 4-, 100- and 400-year cycles.
from datetime import date

for n in [1, 2, 365, 366, 1460, 1461, 1462, 36524, 36525, 146096, 146097, 146098,
          730119, 730120, 737425, 3652059]:
    d = date.fromordinal(n)
    print(n, d, d.toordinal() == n)
for y in [1, 4, 100, 400, 1600, 1900, 2000, 2100, 9999]:
    print(y, date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
for bad in [0, -5, 3652060, 1.0, "1"]:
    try:
        print(date.fromordinal(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
ok = True
for n in range(1, 3652059, 997):
    d = date.fromordinal(n)
    if d.toordinal() != n:
        ok = False
print(ok)
