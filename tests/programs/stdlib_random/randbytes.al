# random.randbytes: CPython's bytes for the same seed.
import random

r = random.Random(5)
print(r.randbytes(10), r.randbytes(0), r.random())
random.seed(3)
print(random.randbytes(4), random.randbytes(33).hex())
for bad in [-1, 'x', 1.5]:
    try:
        r.randbytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
s = random.SystemRandom()
print(len(s.randbytes(3)), s.randbytes(0))
try:
    s.randbytes(-1)
except Exception as e:
    print(type(e).__name__, e)
