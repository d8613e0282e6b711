# isinstance with single types and tuples; type() printed; bool is an int.
vals = [1, 1.5, "s", True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(2), 2 ** 80]
for v in vals:
    print(repr(v), type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, (int, float)), isinstance("x", (int, list)), isinstance([], (tuple, (list, dict))))
print(isinstance(None, type(None)), type(None).__name__, isinstance(range(1), range))
print(type(1) == int, type(True) == int, type(True) is bool, type([]) is list, type(type(1)))
print(type(print), type(len).__name__, type(lambda: 0).__name__, type(abs))
def f():
    pass
print(type(f), type(int), isinstance(int, type))
