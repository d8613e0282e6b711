# PEP 479: a StopIteration escaping a generator body becomes RuntimeError,
# and a generator that is already running cannot be resumed.
def stopper():
    yield 1
    raise StopIteration("x")


try:
    list(stopper())
except RuntimeError as r:
    print("RuntimeError:", r)
    print("cause:", type(r.__cause__).__name__, r.__cause__)


def inner_next():
    it = iter([])
    yield next(it)


try:
    for x in inner_next():
        print(x)
except RuntimeError as r:
    print("RuntimeError:", r)


def reentrant():
    yield next(g4)


g4 = reentrant()
try:
    next(g4)
except ValueError as e:
    print("ValueError:", e)
print(list(g4))


def running():
    yield g3.gi_running


g3 = running()
print(next(g3), g3.gi_running)
