# Parameterised built-in types (types.GenericAlias) and unions of types
# (types.UnionType), as annotations are written.

class Point:
    pass


aliases = [list[int], dict[str, int], tuple[int, ...], tuple[()], set[str],
           frozenset[float], type[Point], list[dict[str, list[int]]], list[None],
           dict[str, "Point"]]
for a in aliases:
    print(repr(a), a.__origin__, a.__args__, a.__parameters__)
print(type(list[int]), type(int | str))
print(list[int] == list[int], list[int] == list[str], list[int] == list,
      hash(list[int]) == hash(list[int]))
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]))
print({list[int]: 1}[list[int]])

unions = [int | str, int | None, None | int, str | int | None, int | int,
          int | str | int, list[int] | None, Point | None, (int | str) | (str | float)]
for u in unions:
    print(repr(u), getattr(u, "__args__", None))
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
for bad in (lambda: isinstance([], list[int]),
            lambda: isinstance([], list[int] | None),
            lambda: int | "str",
            lambda: 3 | int,
            lambda: (int | str)(),
            lambda: isinstance(1, 3)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    print(Point[int])
except TypeError as e:
    print("TypeError:", e)
try:
    print(range[int])
except TypeError as e:
    print("TypeError:", e)
