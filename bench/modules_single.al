# quick: 3000
# The same program as modules_split.al, in one file.
import sys

MODULUS = 2147483648
WEIGHTS = [3, 1, 4, 1, 5, 9, 2, 6]


def step(state, salt):
    return (state * 1103515245 + 12345 + salt) % MODULUS


def score(a, b):
    if a > b:
        return a - b
    return (b - a) // 2


class Tally:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, v):
        self.total += v
        self.count += 1

    def mean(self):
        return self.total / self.count


def run(n):
    state = 1
    t = Tally()
    best = 0
    for i in range(n):
        state = step(state, WEIGHTS[i % 8])
        s = score(state % 1000, i % 1000)
        t.add(s)
        if s > best:
            best = s
    return state, best, t.count, round(t.mean(), 6)


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000))
print(MODULUS, step(7, 1))
