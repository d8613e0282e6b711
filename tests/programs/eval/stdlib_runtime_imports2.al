# More library modules loaded only at run time: dataclasses, enum,
# fractions, decimal, statistics, datetime, typing, math.
import importlib

ns = {}
exec('''
from dataclasses import dataclass, field, asdict
from enum import Enum, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()

@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

items = sorted([Item("b", 2), Item("a", 5, ["x"])])
''', ns)
print(ns["items"], ns["Color"].GREEN, ns["Color"].GREEN.value)
print(ns["asdict"](ns["items"][0]), list(ns["Color"]))

Fraction = importlib.import_module("fractions").Fraction
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3) ** 2)

decimal = importlib.import_module("decimal")
D = decimal.Decimal
print(D("0.1") + D("0.2"), D("10") / D("4"), D("1.005").quantize(D("0.01")))

statistics = importlib.import_module("statistics")
vals = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(vals), statistics.median(vals), statistics.mode(vals),
      statistics.pstdev(vals))

datetime = importlib.import_module("datetime")
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), datetime.datetime(2020, 1, 1, 12, 30).strftime("%H:%M %d/%m"))

typing = __import__("typing")
print(typing.Optional[int], typing.List[str])

math = __import__("math")
print(math.gcd(84, 36), math.comb(10, 3), math.isqrt(99))

print(eval("__import__('fractions').Fraction(6, 8)"))
print(eval("__import__('decimal').Decimal('2.50') * 2"))
