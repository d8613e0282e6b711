# CPython's exact messages for common built-in errors.
half = 1.5
five = 5
text = "abc"
tests = [
    lambda: 1 / 0,
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: int("12x"),
    lambda: float("x1"),
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: [] + {},
    lambda: 5 - "a",
    lambda: None + 1,
    lambda: len(5),
    lambda: abs("x"),
    lambda: undefined_thing,
    lambda: (5).missing,
    lambda: "s".nope(),
    lambda: [].nope,
    lambda: None.attr,
    lambda: five(),
    lambda: text(),
    lambda: [1, 2, 3].index(9),
    lambda: {}.pop("x"),
    lambda: set().remove(1),
    lambda: int(None),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: -"x",
    lambda: ~1.5,
    lambda: 2 < "x",
    lambda: {} < {},
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: "x" * "y",
    lambda: [1][half],
    lambda: hash([]),
    lambda: sorted([1, None]),
    lambda: min([]),
    lambda: max(),
    lambda: divmod("a", 1),
    lambda: round("x"),
    lambda: list(5),
    lambda: dict(5),
    lambda: 2 ** "x",
    lambda: "%d" % "x",
]
for t in tests:
    try:
        r = t()
        print("no error:", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
