# __iter__ must return an iterator; __next__ ends with StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Broken:
    def __iter__(self):
        return [1, 2, 3]


print(list(Countdown(3)), next(Countdown(5)), next(iter(Countdown(0)), "done"))
it = Countdown(1)
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    iter(Broken())
except TypeError as e:
    print("TypeError:", e)
for x in Broken():
    print(x)
