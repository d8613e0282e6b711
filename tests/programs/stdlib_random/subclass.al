# Subclasses of random.Random: a class overriding random() alone gets its
# integers from random(), one overriding getrandbits() from that; and
# SystemRandom.
import random


class Lcg(random.Random):
    """A generator of its own: only random() is replaced."""

    def __init__(self, seed):
        self.x = seed
        super().__init__(seed)

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31


g = Lcg(5)
print([g.random() for _ in range(3)])
print([g.randrange(10) for _ in range(10)])
print([g.randint(1, 6) for _ in range(10)])
print(g.choice("abcdef"), g.sample(range(20), 4), g.choices("ab", k=4))
xs = list(range(8))
g.shuffle(xs)
print(xs)
print(g.uniform(0, 10), g.gauss(), g.expovariate(2))


class Bits(random.Random):
    """Integers from its own getrandbits()."""

    def __init__(self):
        super().__init__(0)
        self.n = 0

    def getrandbits(self, k):
        self.n += 1
        return (self.n * 2654435761) % (1 << k) if k else 0


b = Bits()
print([b.randrange(100) for _ in range(8)])
print(b.choice(range(1000)), b.sample(range(50), 3))
print(b.random(), b.getstate()[1][-1])


class Below(random.Random):
    """Its own _randbelow is kept."""

    def _randbelow(self, n):
        return n - 1


w = Below(1)
print(w.randrange(10), w.choice("xyz"), w.randint(5, 9))


class Mixed(Lcg):
    def getrandbits(self, k):
        return 0


m = Mixed(3)
print(m.randrange(10), m.randint(4, 7))


class Quiet(random.Random):
    pass


q = Quiet(11)
print(q.random() == random.Random(11).random(), q.randrange(1000))

s = random.SystemRandom()
print(isinstance(s, random.Random))
print(0.0 <= s.random() < 1.0, 0 <= s.getrandbits(10) < 1024, s.getrandbits(0))
print(1 <= s.randint(1, 6) <= 6, len(s.sample(range(10), 3)), s.choice("a"))
print(s.seed(5), random.SystemRandom(42).random() < 1.0)
for f in (s.getstate, lambda: s.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print(type(e).__name__, e)
