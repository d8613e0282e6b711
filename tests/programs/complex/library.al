import copy
import functools
import itertools
z = 1 + 2j
print(copy.copy(z) is z, copy.deepcopy([z, z])[0] is z, copy.deepcopy({z: [z]}))
print(list(itertools.islice(itertools.count(1j, 0.5 + 1j), 4)))
print(list(itertools.accumulate([1j, 2, 3.5, -1j])))

@functools.lru_cache(maxsize=None)
def sq(w):
    return w * w

print(sq(1j), sq(1j), sq(2 + 0j), sq.cache_info())
print(functools.reduce(lambda a, b: a * b, [1j, 1j, 1j, 1j]))
try:
    import json
    json.dumps(1j)
except TypeError as e:
    print("TypeError:", e)
