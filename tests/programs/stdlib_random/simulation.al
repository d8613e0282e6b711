# Seeded simulations with the module-level functions: dice histograms with
# randint, a shuffled and dealt deck, a random walk with choice, sampling
# without replacement, and a Monte Carlo estimate; every number is CPython's.
import random

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(600)]
for total in range(2, 13):
    n = rolls.count(total)
    print(f"{total:>2} {n:>3} {'#' * (n // 5)}")

random.seed(7)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(" ".join(h))

random.seed(11)
pos, path = 0, []
for _ in range(20):
    pos += random.choice([-1, 1])
    path.append(pos)
print(path, max(path), min(path))

random.seed(99)
print(random.sample(range(100), 10), random.sample("abcdefgh", k=3))
print(sorted(random.sample(range(1000000), 5)))

random.seed(5)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, inside * 4 / 20000)
random.seed(5)
print(random.randrange(0, 100, 7), random.randrange(10), random.getrandbits(70), random.uniform(-1, 1))
