# Sampling algorithms driven by seeded Random instances: reservoir sampling
# over a stream, a hand-written Fisher-Yates next to shuffle, weighted
# choice by bisecting cumulative weights next to choices, a random
# password, and bootstrapped means; every draw is CPython's.
import bisect
import itertools
import random
import string


def reservoir(stream, k, rng):
    sample = []
    for i, x in enumerate(stream):
        if i < k:
            sample.append(x)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                sample[j] = x
    return sample


def fisher_yates(xs, rng):
    xs = list(xs)
    for i in range(len(xs) - 1, 0, -1):
        j = rng.randint(0, i)
        xs[i], xs[j] = xs[j], xs[i]
    return xs


rng = random.Random(31337)
print(reservoir(range(1000), 5, rng), reservoir("abc", 5, rng))
a, b = random.Random(5), random.Random(5)
mine = fisher_yates(range(10), a)
theirs = list(range(10))
b.shuffle(theirs)
print(mine, theirs)
weights = [5, 1, 3, 1]
cum = list(itertools.accumulate(weights))
r1, r2 = random.Random(9), random.Random(9)
by_hand = ["ABCD"[bisect.bisect(cum, r1.random() * cum[-1])] for _ in range(12)]
print("".join(by_hand), "".join(r2.choices("ABCD", cum_weights=cum, k=12)))
pw_rng = random.Random(2718)
alphabet = string.ascii_letters + string.digits + "!@#$%"
print("".join(pw_rng.choice(alphabet) for _ in range(16)), "".join(pw_rng.sample(alphabet, 8)))
data = [12, 15, 9, 20, 17, 11, 14, 16]
boot = random.Random(1)
means = sorted(sum(boot.choices(data, k=len(data))) / len(data) for _ in range(200))
print(means[5], means[100], means[194], round(sum(means) / len(means), 6))
print(random.Random(0).random() == random.Random(0).random())
