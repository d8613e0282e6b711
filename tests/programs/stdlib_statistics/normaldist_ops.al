import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


import copy
a = S.NormalDist(10, 3)
b = S.NormalDist(2, 4)
for r in [a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -0.5, a / 4, a / -2, +a, -a]:
    print(r)
print(a == S.NormalDist(10, 3), a != b, a == 10, hash(a) == hash(S.NormalDist(10.0, 3.0)))
print(hash(a) == hash((10.0, 3.0)))
print(len({a, S.NormalDist(10, 3), b}))
print(copy.copy(a), copy.deepcopy(b), a.__getstate__())
c = S.NormalDist()
c.__setstate__((5.0, 6.0))
print(c)
try:
    a.foo = 1
except AttributeError as e:
    print('AttributeError')
try:
    a * b
except TypeError as e:
    print(e)
class Scaled(S.NormalDist):
    pass
s = Scaled(1, 2)
print(s, type(s + 1).__name__, Scaled.from_samples([1, 2, 3]))
