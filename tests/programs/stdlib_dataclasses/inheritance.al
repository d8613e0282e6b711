# Fields gathered along the MRO, overriding, frozen/non-frozen mixing and
# the ordering of defaults across classes.
from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass
class Base:
    x: int
    y: int = 10


@dataclass
class Child(Base):
    z: int = 20
    y: int = 5


print(Child(1), [f.name for f in fields(Child)], Child.__match_args__)
print(Child.__doc__)

try:
    @dataclass
    class Broken(Base):
        w: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class FBase:
    a: int


try:
    @dataclass
    class Thaw(FBase):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(frozen=True)
    class Freeze(Base):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class FChild(FBase):
    b: int = 2


fc = FChild(1)
print(fc, hash(fc) == hash((1, 2)))
try:
    fc.b = 3
except FrozenInstanceError as e:
    print(type(e).__name__, isinstance(e, AttributeError), e)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class Mixed(Mixin, Base):
    tag: str = "m"


print(Mixed(3).describe(), Mixed(3))


@dataclass
class WithPost:
    a: int
    b: list = field(default_factory=list)

    def __post_init__(self):
        self.b.append(self.a * 2)


print(WithPost(4), WithPost(5, [1]))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

try:
    @dataclass(order=True, eq=False)
    class Odd:
        a: int
except ValueError as e:
    print("ValueError:", e)


@dataclass(order=True)
class V:
    n: int


try:
    V(1) < Base(1)
except TypeError as e:
    print("TypeError:", e)
print(V(1) <= V(1), V(2) > V(1), max(V(3), V(7), V(5)))
