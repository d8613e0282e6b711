# quick: 2000
# Generators: a lazy pipeline of generator functions (filter, map, window,
# chunk), yield from over a recursive tree walk, generator expressions
# consumed by sum/max/any, and send() into a running accumulator.
import sys


def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 48271) % 2147483647
        yield x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs, k):
    for x in xs:
        yield (x * k) % 1000003


def windows(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.pop(0)


def walk(node):
    if node is None:
        return
    value, left, right = node
    yield from walk(left)
    yield value
    yield from walk(right)


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (mid, build(lo, mid), build(mid + 1, hi))


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


n = int(sys.argv[1]) if len(sys.argv) > 1 else 800_000
print(max(windows(scaled(evens(numbers(n)), 7), 5)))
tree = build(0, n // 4)
print(sum(v for v in walk(tree) if v % 3 == 0))
print(any(v > n for v in walk(tree)), sum(1 for _ in walk(tree)))
acc = averager()
next(acc)
last = 0.0
for v in numbers(n // 2):
    last = acc.send(v % 1000)
print(round(last, 6))
