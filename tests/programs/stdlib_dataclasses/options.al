# field() options: repr, compare, hash, init, metadata, kw_only; ClassVar
# and string annotations; explicit methods are kept.
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    secret: str = field(default="s3", repr=False)
    tags: list = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0
    note: str = field(default="", metadata={"unit": "text"})
    created: int = field(init=False, default=0)


a = Item("pen", 1.5)
b = Item("pen", 1.5, "other", ["x"])
print(a, a == b, Item.count, "count" in Item.__dataclass_fields__)
print([(f.name, f.type, f.init, f.repr, f.compare) for f in fields(Item)])
print(fields(Item)[4].metadata, Item.__dataclass_fields__["count"]._field_type)
print(Item.__doc__)
try:
    Item("x", created=3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Explicit:
    a: int

    def __repr__(self):
        return f"<Explicit {self.a}>"

    def __eq__(self, other):
        return True


print(Explicit(1), Explicit(1) == Explicit(2), Explicit.__hash__)


@dataclass
class KW:
    a: int
    b: int = field(kw_only=True, default=4)
    c: int = 5


print(KW(1), KW(1, 2, b=9), KW.__match_args__, KW.__doc__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

print(asdict(a), astuple(b))
print(replace(a, price=3.0), is_dataclass(Item), is_dataclass(a), is_dataclass(int))
try:
    replace(a, created=5)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
