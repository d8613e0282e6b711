# Element evaluation interleaves with the consumer as in CPython.
class Noisy:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add", self.v, other.v if isinstance(other, Noisy) else other)
        return Noisy(self.v + (other.v if isinstance(other, Noisy) else other))

    def __radd__(self, other):
        print("radd", other, self.v)
        return Noisy(other + self.v)

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Noisy) and self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


def make(v):
    print("make", v)
    return Noisy(v)


print(sum(make(i) for i in range(3)).v)
print(len(set(make(i % 2) for i in range(3))))
print(max(make(i) for i in [2, 5, 1]).v)
print(min((make(i) for i in [2, 5, 1]), key=lambda n: -n.v).v)
print([n.v for n in sorted(make(i) for i in [3, 1, 2])])
try:
    sum(make(i) if i < 2 else "bad" for i in range(4))
except TypeError as e:
    print("TypeError:", e)
