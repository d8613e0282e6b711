# register: virtual subclasses (as a decorator too), what they inherit
# (nothing), the cache token, and the errors.
from collections.abc import Sequence, MutableSequence, Sized, Iterable, Mapping, Hashable
import abc

token = abc.get_cache_token()


@Sequence.register
class Tape:
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i]

    def __len__(self):
        return len(self.s)


print(Tape.__name__, abc.get_cache_token() > token)
print(issubclass(Tape, Sequence), isinstance(Tape('ab'), Sequence),
      issubclass(Tape, MutableSequence), issubclass(Tape, Iterable))
print(hasattr(Tape, 'index'), Tape.__mro__)


class SubTape(Tape):
    pass


print(issubclass(SubTape, Sequence), isinstance(SubTape('x'), Sized))
print(Sequence.register(Tape) is Tape, MutableSequence.register(list) is list)
try:
    Sequence.register(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Sequence.register(Iterable)
except RuntimeError as e:
    print('RuntimeError:', e)
print(Iterable.register(Iterable) is Iterable)


class Base(Sized):
    def __len__(self):
        return 0


class Other:
    pass


print(issubclass(Other, Base))
Base.register(Other)
print(issubclass(Other, Base), issubclass(Other, Sized), isinstance(Other(), Sized))
print(callable(Sequence.register), type(Sequence.register).__name__)
# A virtual subclass of Mapping matches mapping patterns; one of Sequence,
# sequence patterns.


class Pairs:
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)

    def keys(self):
        return self.d.keys()

    def get(self, k, default=None):
        return self.d.get(k, default)


Mapping.register(Pairs)
for subject in (Pairs({'k': 1}), Tape('xy'), Tape('xyz'), 'xy'):
    match subject:
        case {'k': v}:
            print('mapping', v)
        case [a, b]:
            print('sequence', a, b)
        case _:
            print('neither', type(subject).__name__)
print(Hashable.register(int) is int, isinstance(1, Hashable))
