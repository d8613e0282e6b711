# Random instances: independent generators, their states, the native
# base type and the module-level functions as bound methods.
import random
import _random

a = random.Random(1)
b = random.Random(1)
c = random.Random(2)
print(a.random() == b.random(), a.random() == c.random())
print([a.randint(0, 9) for _ in range(10)])
print([b.randint(0, 9) for _ in range(10)])
print(random.Random(x=3).random(), random.Random(3).random())
print(random.Random(12).choices("xyz", k=5))

# States: a tuple (version, 625 ints, gauss_next).
r = random.Random(314)
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2])
print(st[1][:4])
xs = [r.random() for _ in range(5)]
r.setstate(st)
print(xs == [r.random() for _ in range(5)])
for _ in range(700):
    r.getrandbits(32)
st = r.getstate()
print(st[1][-1], st[1][:3])
other = random.Random()
other.setstate(st)
print(r.getrandbits(64) == other.getrandbits(64), r.random() == other.random())

# Version 2 states (signed words) are still accepted.
words = st[1]
signed = tuple(w - 2**32 if w >= 2**31 else w for w in words[:624]) + (words[624],)
other.setstate((2, signed, None))
print(other.getstate() == r.getstate())

# The module functions share one hidden generator.
random.seed(8)
s = random.getstate()
x = random.random()
random.setstate(s)
print(random.random() == x)
random.seed(8)
print(random.random() == x, random.Random(8).random() == x)

# The classes.
print(random.Random.__mro__)
print(random.SystemRandom.__mro__)
print(issubclass(random.Random, _random.Random), isinstance(a, _random.Random))
print(_random.Random.__name__, _random.Random.__module__, random.Random.__module__)
print(type(random.random).__name__, type(random.randint).__name__)
print(random.Random.VERSION)

# The native generator by itself.
g = _random.Random(5)
print(g.random(), g.getrandbits(70), type(g).__name__)
g.seed(5)
print(g.random())
h = _random.Random()
h.setstate(g.getstate())
print(h.random() == g.random())
print(len(g.getstate()))

# Reprs keep object's (addresses vary, so only their start is shown).
print(repr(random.Random(1)).split(" at ")[0], repr(g).split(" at ")[0])
print(repr(random.randint).split(" at ")[0])
print(random.Random(1) == random.Random(1), hash(a) == hash(a))
a.extra = 5
print(a.extra, sorted(vars(a)))

# Copies go through __reduce__ and carry the state.
import copy

c1 = random.Random(21)
c1.gauss()
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
print(type(c2).__name__, c2.gauss() == c1.gauss(), c3.getstate() == c2.getstate() or "moved")
