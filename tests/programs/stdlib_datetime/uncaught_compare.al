# An uncaught TypeError ordering a date and an int (raised by the comparison itself).
from datetime import date

d = date(2020, 1, 1)
print(d == 5)
print(d < 5)
