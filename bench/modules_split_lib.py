"""The library half of modules_split.al (modules_single.al has the same
code in one file)."""

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
