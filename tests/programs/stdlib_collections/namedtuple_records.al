# namedtuple as a record type in a small inventory program: construction
# from rows (_make needs every field), defaults, _replace for updates, _asdict for output,
# _fields for headers, sorting by attribute, and the errors of misuse.
from collections import namedtuple

Item = namedtuple("Item", "sku name price qty", defaults=[0])
rows = [("A1", "widget", 2.5, 10), ("B2", "gadget", 12.0), ("C3", "doohickey", 0.75, 200)]
items = [Item(*r) if len(r) < 4 else Item._make(r) for r in rows]
print(items[1], Item._field_defaults, Item._fields)
print(" | ".join(f"{f:>9}" for f in Item._fields))
for it in sorted(items, key=lambda i: i.price * i.qty, reverse=True):
    print(" | ".join(f"{v!s:>9}" for v in it))
restocked = [it._replace(qty=it.qty + 5) if it.qty < 50 else it for it in items]
print([it.qty for it in restocked], items[0] is restocked[2] or restocked[2] is items[2])
print(restocked[0]._asdict(), dict(restocked[1]._asdict()) == {"sku": "B2", "name": "gadget", "price": 12.0, "qty": 5})
sku, name, *rest = items[0]
print(sku, name, rest, items[0][1:3], len(items[0]), items[0].count(10))
Point = namedtuple("Point", ["x", "y"])
Point3 = namedtuple("Point3", Point._fields + ("z",), defaults=(0,))
p = Point3(1, 2)
print(p, Point(3, 4) == (3, 4), hash(Point(3, 4)) == hash((3, 4)), Point3._make([7, 8, 9]))
print(Point(x=1, y=2)._replace(y=5), getattr(p, "z"), isinstance(p, tuple))
for call in [lambda: items[0]._replace(colour="red"), lambda: Item("x"), lambda: Item._make([1, 2, 3, 4, 5]),
             lambda: setattr(items[0], "qty", 1), lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "def x"),
             lambda: Point(1, 2, 3), lambda: Point(1, x=2)]:
    try:
        print(call())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
