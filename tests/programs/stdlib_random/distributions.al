# The real-valued distributions, seeded: CPython's algorithms give the
# same floats bit for bit.
import random

random.seed(2024)
print([random.gauss() for _ in range(5)])
print([random.gauss(10, 2) for _ in range(3)])
print([random.normalvariate() for _ in range(4)])
print([random.normalvariate(-3, 0.5) for _ in range(2)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.expovariate(0.01) for _ in range(2)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)])
print([random.vonmisesvariate(0.0, 0.0) for _ in range(2)])
print([random.vonmisesvariate(3.0, 0.3) for _ in range(3)])
print([random.gammavariate(0.5, 1.0) for _ in range(3)])
print([random.gammavariate(1.0, 2.0) for _ in range(3)])
print([random.gammavariate(4.5, 0.5) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.betavariate(0.5, 0.5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1.0, 1.5) for _ in range(3)])
print([random.triangular(1, 3) for _ in range(3)])
print([random.triangular(1, 3, 1.2) for _ in range(3)])
print(random.triangular(2, 2, 2), random.triangular(5, 5))
print([random.uniform(-1, 1) for _ in range(3)])

# gauss keeps its second value for the next call, also across
# getstate/setstate, and seed() forgets it.
r = random.Random(7)
first = r.gauss()
state = r.getstate()
print(first, state[2])
second = r.gauss()
r.setstate(state)
print(second == r.gauss(), r.gauss_next)
r.seed(7)
print(r.gauss_next, r.gauss() == first)

# A long run, summarised.
r = random.Random(99)
total = 0.0
for _ in range(5000):
    total += r.gauss()
print(round(total, 6))
print(sum(r.random() for _ in range(5000)))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF, random.TWOPI)
