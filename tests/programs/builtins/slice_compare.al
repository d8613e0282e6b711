# Slices compare as (start, stop, step) tuples; subclasses of set and
# frozenset show their class in their repr.
s = slice(1, 2)
print(slice(1, 2) == slice(1, 2), slice(1, [2]) == slice(1, [2]), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(None) <= slice(None), slice(2, 3) > slice(1, 5), s <= s, s < s, s >= s)
print(slice(0, 1) == (0, 1, None), slice(0) != 5)
try:
    slice(1, 'a') < slice(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
x = slice(nan)
print(x == x, slice(nan) == slice(nan))


class Se(set):
    pass


class Fs(frozenset):
    pass


r = Se([1])
r.add(r.__class__ and 2)
print(Se([1]), Fs([2]), Se(), Fs(), repr(Se([3, 1])), str(Fs('ab')) in ("Fs({'a', 'b'})", "Fs({'b', 'a'})"))
print([Se([5])], {Fs([6])})
