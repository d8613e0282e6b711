# The TypeError for an unsupported operand names the C types as CPython does.
from datetime import date, timedelta

print(type(date(2020, 1, 1)), date.__name__, date.__qualname__, date.__module__)
x = date(2020, 1, 1) + timedelta(1)
x + 1
