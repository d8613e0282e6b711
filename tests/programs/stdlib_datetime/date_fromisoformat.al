# date.fromisoformat: the forms 3.11 accepts and the ones it refuses.
from datetime import date

for s in ["2020-01-02", "20200102", "2020-W01", "2020-W01-3", "2020W01", "2020W013", "2020-W53-7",
          "2020-1-2", "2020-01-2", "2020-13-01", "2020-02-30", "2020-W54", "0000-01-01",
          "2020-01-02 ", "2020/01/02", "2020-01", "2020", "", "2020-01-02T00:00", "٢٠٢٠-01-02"]:
    try:
        print(repr(s), date.fromisoformat(s))
    except ValueError as e:
        print(repr(s), e)
try:
    date.fromisoformat(20200102)
except TypeError as e:
    print(e)
print(date.fromisoformat(date(33, 4, 5).isoformat()))
