# Exceptions raised inside generator expressions and comprehensions.
def bad(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x


try:
    print(sum(bad(i) for i in range(5)))
except ValueError as e:
    print("caught", e)
g = (bad(i) for i in range(4))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted after error"))
try:
    [bad(i) for i in range(3)]
except ValueError as e:
    print("listcomp", e)
try:
    {i: bad(i) for i in range(3)}
except ValueError as e:
    print("dictcomp", e)


def stopper():
    yield 1
    raise StopIteration


try:
    print(list(x for x in stopper()))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(list(next(iter([])) for _ in range(2)))
except RuntimeError as e:
    print("RuntimeError:", e)
