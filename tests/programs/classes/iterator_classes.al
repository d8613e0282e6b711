# Iterable containers with separate iterator classes, used by for loops,
# comprehensions, unpacking and the iterator-consuming built-ins.
class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        return Range2DIter(self)

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, p):
        r, c = p
        return 0 <= r < self.rows and 0 <= c < self.cols


class Range2DIter:
    def __init__(self, rng):
        self.rng = rng
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.rng):
            raise StopIteration
        r, c = divmod(self.i, self.rng.cols)
        self.i += 1
        return (r, c)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        out = []
        while a < self.limit:
            out.append(a)
            a, b = b, a + b
        return iter(out)


class Squares:
    """Old-style iteration through __getitem__ until IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


g = Range2D(2, 3)
print(list(g), len(g), (1, 2) in g, (2, 0) in g)
for r, c in g:
    print(f"({r},{c})", end=" ")
print()
print([r * 10 + c for r, c in g if r != c], dict(zip(g, "abcdef")))
print(list(Fib(50)), sum(Fib(100)), max(Fib(30)), sorted(Fib(10), reverse=True))
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), list(enumerate(Squares(3))))
first, *rest = Fib(20)
print(first, rest)
it = iter(g)
print(next(it), next(it), list(it), list(it))
print(any(x > 30 for x in Fib(50)), all(x < 100 for x in Fib(50)), min(Squares(4)))
print(set(Fib(10)), tuple(Squares(4)), " ".join(str(x) for x in Fib(15)))
print(list(map(lambda p: p[0] + p[1], g)), list(filter(None, Squares(3))))
print(list(zip(Fib(10), Squares(10))), sorted(Squares(4), key=lambda v: -v))
nested = [[c for c in range(r)] for r in Fib(4)]
print(nested)
it2 = Range2DIter(Range2D(1, 1))
print(iter(it2) is it2, next(it2), next(it2, "end"))
