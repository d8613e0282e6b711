# An uncaught TypeError multiplying a timedelta by a str.
from datetime import timedelta

t = timedelta(hours=1)
print(t * 2)
print(t * "2")
