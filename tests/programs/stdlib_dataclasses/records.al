# A small inventory with dataclasses: sorting, grouping, nested asdict,
# frozen value objects as dict keys, and a dataclass in a match statement.
from dataclasses import dataclass, field, asdict
from collections import defaultdict
import json


@dataclass(frozen=True, order=True)
class Sku:
    family: str
    number: int


@dataclass
class Line:
    sku: Sku
    qty: int
    price: float = 1.0

    @property
    def total(self):
        return round(self.qty * self.price, 2)


@dataclass
class Order:
    ident: int
    lines: list = field(default_factory=list)

    def add(self, sku, qty, price=1.0):
        self.lines.append(Line(sku, qty, price))
        return self


orders = [
    Order(1).add(Sku("bolt", 3), 10, 0.25).add(Sku("nut", 1), 4),
    Order(2).add(Sku("bolt", 1), 2, 0.5),
    Order(3).add(Sku("nut", 1), 7).add(Sku("bolt", 3), 1, 0.25),
]
by_sku = defaultdict(int)
for o in orders:
    for line in o.lines:
        by_sku[line.sku] += line.qty
for sku in sorted(by_sku):
    print(sku, by_sku[sku])
print(json.dumps(asdict(orders[0]), sort_keys=True))
print(sum(line.total for o in orders for line in o.lines))
for o in orders:
    match o:
        case Order(ident, [Line(Sku("bolt", n), q)]):
            print(ident, "only bolts", n, q)
        case Order(ident, lines) if len(lines) > 1:
            print(ident, "mixed", [l.sku.family for l in lines])
