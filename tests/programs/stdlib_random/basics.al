# The module-level functions of random after seeding: every function's
# sequence is CPython's for the same seed.
import random

random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 30, 4) for _ in range(10)])
print([random.randrange(30, 3, -7) for _ in range(10)])
print(random.randrange(-10**30, 10**30))
print(random.randint(-2**70, 2**70))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100)])
print(random.getrandbits(1000))

print([random.choice("abcdefgh") for _ in range(12)])
print([random.choice(range(10**12)) for _ in range(3)])
print(random.choice([("a", 1), ("b", 2)]))

xs = list(range(20))
random.shuffle(xs)
print(xs)
random.shuffle(xs)
print(xs)
one = [1]
random.shuffle(one)
print(one)

print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefghij", 10))
print(random.sample(("x", "y", "z"), 2))
print(random.sample(range(30), 7))
print(random.sample(range(5000), 60))
print(random.sample(["red", "blue"], k=5, counts=[4, 2]))

print(random.choices("abc", k=8))
print(random.choices("abc", [10, 1, 1], k=8))
print(random.choices("abc", cum_weights=[1, 2, 10], k=8))
print(random.choices(range(5), [0.5, 0.25, 0.125, 0.0625, 0.0625], k=6))
print(random.choices([1, 2, 3]))

print([random.uniform(2, 5) for _ in range(3)])
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 8))

# Seeds of every kind: ints of any size and sign, floats, bools, None.
for s in [0, 1, -1, 42, -42, 2**32, 2**32 - 1, 2**64 + 7, -(10**50), 3**500, 1.5, -2.25, 0.0, True, False]:
    random.seed(s)
    print(s if not isinstance(s, int) or s < 10**20 else "big", random.random(), random.getrandbits(40))
random.seed(-5)
a = random.random()
random.seed(5)
print(a == random.random())
random.seed(2.0)
a = random.random()
random.seed(2)
print("2.0 vs 2:", a == random.random())

# An unseeded (OS-seeded) generator: only its ranges can be printed.
random.seed()
print(0.0 <= random.random() < 1.0, 1 <= random.randint(1, 3) <= 3)
random.seed(None)
print(random.getrandbits(8) < 256)
