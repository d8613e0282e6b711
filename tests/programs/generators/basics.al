# Generator functions: next, StopIteration with the return value, list(),
# type and repr.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(g, "default"))
print(type(g).__name__, repr(g).startswith("<generator object count at 0x"))
print(iter(g) is g)


def nothing():
    return
    yield


print(list(nothing()), list(count(0)))
