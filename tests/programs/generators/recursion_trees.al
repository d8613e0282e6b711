# Recursive generators: an in-order tree walk, permutations, and a
# pipeline of generators feeding each other.
class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right

    def __iter__(self):
        return self.walk()

    def walk(self):
        if self.left:
            for x in self.left.walk():
                yield x
        yield self.v
        if self.right:
            for x in self.right.walk():
                yield x


t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t))
print([x * x for x in t])
print(sum(t), max(t), sorted(t, reverse=True))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


for p in permutations([1, 2, 3]):
    print(p)
print(len(list(permutations("abcde"))))


def pipeline(xs):
    for x in xs:
        yield x + 1


g = range(5)
for _ in range(50):
    g = pipeline(g)
print(list(g))


def depth(n):
    if n == 0:
        yield "bottom"
        return
    for x in depth(n - 1):
        yield x
    yield n


print(list(depth(5)))
