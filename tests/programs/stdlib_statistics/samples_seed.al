import statistics
import random

n = statistics.NormalDist(1, 2)
print(n.samples(3, seed=42))
print(n.samples(2, seed='x'))
print(n.samples(0, seed=1))
random.seed(5)
print(statistics.NormalDist(0, 1).samples(4))
print(statistics.mean(n.samples(1000, seed=3)))
