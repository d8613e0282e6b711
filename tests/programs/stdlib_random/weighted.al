# Weighted and distribution draws after seed(n): choices with weights and
# cum_weights, gauss and normalvariate samples summarised, triangular,
# expovariate, betavariate; and the argument errors of choices and sample.
import random

random.seed(42)
colors = ["red", "green", "blue"]
draws = random.choices(colors, weights=[10, 1, 5], k=32)
print(draws[:8], {c: draws.count(c) for c in colors})
random.seed(42)
print(random.choices(colors, cum_weights=[10, 11, 16], k=8) == draws[:8])
print(random.choices(range(5), k=6), random.choices("xy", [0, 1], k=3))

random.seed(1)
g = [random.gauss(100, 15) for _ in range(1000)]
mean = sum(g) / len(g)
sd = (sum((x - mean) ** 2 for x in g) / len(g)) ** 0.5
print(round(mean, 6), round(sd, 6), g[:3])
random.seed(1)
print([random.normalvariate(0, 1) for _ in range(3)], random.lognormvariate(0, 0.5))
random.seed(3)
print(random.triangular(0, 10, 3), random.expovariate(2.0), random.betavariate(2, 5), random.vonmisesvariate(0, 4))
print(random.gammavariate(2.5, 1.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
for call in [lambda: random.choices(colors, weights=[1, 2]), lambda: random.choices(colors, [1, 2, 3], [1, 2, 3]),
             lambda: random.choices(colors, weights=[0, 0, 0]), lambda: random.sample(colors, 4),
             lambda: random.sample({1, 2}, 1), lambda: random.choice([]), lambda: random.randint(5, 1),
             lambda: random.choices([], k=2)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
