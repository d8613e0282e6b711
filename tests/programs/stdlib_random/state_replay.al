# Reproducibility: getstate/setstate replay a stretch of draws, Random
# instances seeded alike agree and are independent of the module's
# generator, and seeding with ints, floats and None-then-int behaves as
# CPython's.
import random

random.seed(123)
state = random.getstate()
first = [random.random() for _ in range(3)], random.randint(1, 100), random.choice("abc")
random.setstate(state)
again = [random.random() for _ in range(3)], random.randint(1, 100), random.choice("abc")
print(first == again, first)
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])

a, b = random.Random(2), random.Random(2)
xs = [a.randint(0, 9) for _ in range(10)]
random.seed(0)
random.random()
ys = [b.randint(0, 9) for _ in range(10)]
print(xs, xs == ys)
c = random.Random()
c.setstate(a.getstate())
print(a.random() == c.random(), a.getrandbits(16), c.getrandbits(16))
for seed in [0, 1, -1, 2 ** 100, 3.5, True]:
    random.seed(seed)
    print(seed, random.random())
deck = list(range(10))
r = random.Random(8)
r.shuffle(deck)
print(deck, r.sample(deck, 3), r.randrange(100, 200, 5))
try:
    random.setstate((3, (1, 2)))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    random.setstate((1, (1,), None))
except ValueError as e:
    print(type(e).__name__, e)
