import gc


class C:
    pass


def f():
    pass


for x in [1, 10**30, True, None, 1.5, "abc", range(3), NotImplemented, ...,
          [], [1], set(), frozenset({1}), C(), f,
          iter([]), gc, ValueError(), (x for x in []), {"a": []}, ([],)]:
    print(type(x).__name__, gc.is_tracked(x))
