# Callable: what is callable, and Callable[...] / the other ABCs
# subscripted as generics.
from collections.abc import Callable, Iterable, Mapping, Sequence, Container, MappingView
import collections.abc


class WithCall:
    def __call__(self):
        return 'called'


class Method:
    def m(self):
        pass

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


for v in (len, print, abs, lambda: 0, WithCall(), WithCall, int, Method().m, Method.s,
          Method.c, [].append, 'x'.upper, 1, 'str', None, object(), [], Method()):
    print(isinstance(v, Callable), end=' ')
print()
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
alias = Callable[[int], str]
print(alias.__origin__, alias.__args__, alias == Callable[[int], str], alias != Callable[[str], str])
print(Callable[..., int].__args__, Callable[[], None].__args__)
for bad in (int, (int,)):
    try:
        Callable[bad]
    except TypeError as e:
        print('TypeError:', e)
try:
    Callable[int, str]
except TypeError as e:
    print('TypeError:', e)
print(Iterable[int], Mapping[str, int], Container[int], MappingView[int])
print(Iterable[int].__origin__ is Iterable, Mapping[str, int].__args__)
try:
    Sequence[int]
    print('subscripted')
except TypeError as e:
    print('TypeError:', e)
