# A generator suspended after a `yield from` or a `for` loop has finished
# no longer holds the finished iterator, as in CPython: a recursive
# `yield from` walk over a tree would otherwise keep every finished
# generator of the walk alive while its root runs.
import gc
import weakref

refs = []


def child():
    yield 1
    yield 2


def made():
    g = child()
    refs.append(weakref.ref(g))
    return g


def delegating():
    yield from made()
    yield "after yield from"


class Counter:
    def __init__(self, n):
        self.n = n
        refs.append(weakref.ref(self))

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def looping():
    for x in Counter(2):
        yield x
    yield "after for"


def walk(node):
    if node is None:
        return
    value, left, right = node
    yield from walk(left)
    yield value
    yield from walk(right)


for make in (delegating, looping):
    refs.clear()
    g = make()
    print(list(next(g) for _ in range(3)))
    gc.collect()
    print(make.__name__, [r() is None for r in refs])

tree = (2, (1, None, None), (4, (3, None, None), None))
print(list(walk(tree)), sum(walk(tree)))
