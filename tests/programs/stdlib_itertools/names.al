# The module's public names and the types of its objects, as CPython's.
import itertools

print([n for n in dir(itertools) if not n.startswith('_')])
print(itertools.__name__)
for name in ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
             'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
             'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'zip_longest']:
    t = getattr(itertools, name)
    print(name, type(t).__name__, t.__name__, t, callable(t))
print(callable(itertools.tee), itertools.tee.__name__)
objs = [itertools.count(), itertools.chain(), itertools.islice('', 0), itertools.tee('')[0],
        next(itertools.groupby('a'))[1], itertools.repeat(1)]
for o in objs:
    print(type(o), type(o).__name__, type(o).__module__, iter(o) is o)
print(isinstance(itertools.chain.from_iterable([]), itertools.chain))
from itertools import *
print(count(3), repeat(0, 2), list(islice(cycle('ab'), 3)))
