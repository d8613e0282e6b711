# Built-in iterators expose __next__ and __iter__; generators too.
it = iter([1, 2, 3])
print(it.__next__(), next(it), it.__iter__() is it)
print(hasattr(it, "__next__"), hasattr([], "__next__"))
try:
    it.__next__()
    it.__next__()
except StopIteration:
    print("exhausted")
for make in (lambda: iter((1, 2)), lambda: iter("ab"), lambda: iter(range(2)),
             lambda: iter({"k": 1}), lambda: iter({5}), lambda: enumerate("xy"),
             lambda: zip([1], [2]), lambda: map(abs, [-1]), lambda: reversed([1, 2])):
    i = make()
    print(type(i).__name__, i.__next__())


def g():
    yield "a"
    yield "b"


gi = g()
print(gi.__next__(), gi.__iter__() is gi, list(gi))
