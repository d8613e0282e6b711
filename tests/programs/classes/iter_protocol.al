# __iter__ / __next__: user iterators in for loops, builtins and unpacking.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for x in Countdown(3):
    print(x, end=" ")
print()
print(list(Countdown(4)), sum(Countdown(5)), sorted(Countdown(3)))
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2))))
print(max(Countdown(6)), min(Countdown(6)), tuple(Countdown(2)), set(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(4)
print(first, rest)
print([x * 2 for x in Countdown(3)], {x: x for x in Countdown(2)})
print(", ".join(str(x) for x in Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(iter(it) is it)


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


print(list(Fib(100)))
f = Fib(10)
for v in f:
    if v > 3:
        break
print(list(f))


class BadIter:
    def __iter__(self):
        return 5


try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class Squares:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * i


print(list(Squares()), [s for s in Squares() if s % 2])


class Raises:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("inside next")


try:
    for x in Raises():
        pass
except ValueError as e:
    print("ValueError:", e)


class Rev:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


print(list(reversed(Rev([1, 2, 3]))))


class HasReversed:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(HasReversed())))
