# iter(callable, sentinel): call until the sentinel comes back.
data = [3, 1, 4, 1, 5, 9, 2, 6, 0, 7]
pos = 0


def read():
    global pos
    pos += 1
    return data[pos - 1]


it = iter(read, 0)
print(type(it).__name__, iter(it) is it)
print(list(it))
print(list(it), pos)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Counter(), 5)))
for x in iter(Counter(), 3):
    print("got", x)


def raiser():
    raise StopIteration


print(list(iter(raiser, None)))


def gen_calls():
    lines = iter(["a", "b", "", "c"])
    for line in iter(lambda: next(lines), ""):
        yield line.upper()


print(list(gen_calls()))
words = iter(["x", "y", "stop", "z"]).__next__
print(list(iter(words, "stop")))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
