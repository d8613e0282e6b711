# Generators as methods, __iter__ implemented with yield, generators stored
# in objects and containers, and generator attributes.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def pairs(self, other):
        for a in self:
            for b in other:
                yield a, b

    @staticmethod
    def evens(limit):
        for i in range(0, limit, 2):
            yield i

    @classmethod
    def make_many(cls, *starts):
        for s in starts:
            yield cls(s)


c = Countdown(3)
print(list(c), list(c))
print(list(c.pairs("xy")))
print(list(Countdown.evens(7)))
print([list(x) for x in Countdown.make_many(1, 2)])

gens = [Countdown(k).__iter__() for k in range(4)]
print([next(g, None) for g in gens])
print({k: list(g) for k, g in enumerate(gens)})


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.name
        for ch in self.children:
            yield from ch.walk(depth + 1)


root = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, name in root.walk():
    print("  " * depth + name)


def named():
    yield 1


g = named()
print(g.__name__, g.__qualname__)


class Holder:
    def method_gen(self):
        yield self


h = Holder()
mg = h.method_gen()
print(mg.__qualname__, next(mg) is h)
