# for loops and comprehensions resuming generators directly: every way a
# generator can end or fail while a loop drives it.
def upto(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "ignored by for"


print([x for x in upto(4)], sum(x for x in upto(5)))
g = upto(2)
print(list(g), [x for x in g])
for x in g:
    print("never")


def fails(after):
    yield from range(after)
    raise KeyError("gone")


try:
    for x in fails(2):
        print("item", x)
except KeyError as e:
    print("KeyError", e)


def leaks_stop():
    yield 1
    next(iter([]))


try:
    for x in leaks_stop():
        print("item", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def self_iterating():
    for x in me:
        yield x


me = self_iterating()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError:", e)
f = fails(1)
try:
    for x in f:
        pass
except KeyError:
    pass
print(list(f))


def nested(n):
    for i in upto(n):
        for j in upto(i):
            yield i * 10 + j


print(list(nested(4)))
total = 0
for a in upto(3):
    for b in (y * 2 for y in upto(a + 1)):
        total += a * b
print(total)
