from typing import TypedDict, Required, NotRequired


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), type(m) is dict, m["name"], Movie(name="x"))
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(type(Movie).__name__, Movie.__name__, Movie.__mro__[1:], issubclass(Movie, dict))


class Partial(TypedDict, total=False):
    a: int
    b: str


print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__, Partial())


class Sub(Movie, total=False):
    rating: float


print(Sub.__annotations__, sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__))


class Mixed(TypedDict):
    must: Required[int]
    maybe: NotRequired[str]


print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
try:
    isinstance({}, Movie)
except TypeError as err:
    print(type(err).__name__, err)
try:
    issubclass(dict, Movie)
except TypeError as err:
    print(type(err).__name__, err)
try:
    class Bad(Movie, int):
        pass
except TypeError as err:
    print(type(err).__name__, err)
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__, sorted(Point.__required_keys__))
Opt = TypedDict("Opt", {"x": int}, total=False)
print(sorted(Opt.__optional_keys__), Opt.__total__)
print(Movie(dict(name="a", year=1)), Movie([("name", "b")]))
