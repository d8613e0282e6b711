# Objects that are mappings without being dicts (keys() and __getitem__),
# built-in methods called through their type on subclass instances, and
# the operator fallbacks and opt-outs the collections classes rely on.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Mapping:
    def __init__(self, **items):
        self.items_ = items

    def keys(self):
        print('keys()')
        return list(self.items_)

    def __getitem__(self, key):
        return self.items_[key]


m = Mapping(a=1, b=2)
print(dict(m), {**m, 'c': 3})
d = {}
d.update(m)
print(d)


def kw(**kwargs):
    return kwargs


print(kw(**m), kw(z=0, **m))
attempt(lambda: kw(a=0, **m))
attempt(lambda: {**5})
attempt(lambda: kw(**5))


class NoKeys:
    def __getitem__(self, key):
        return key


attempt(lambda: {**NoKeys()})
attempt(lambda: kw(**NoKeys()))
attempt(lambda: dict(NoKeys()))


# `dict.update(self, ...)` inside an override is dict's own update.
class Counting(dict):
    def update(self, other):
        for k in other:
            self[k] = self.get(k, 0) + 1

    def reset(self, items):
        dict.clear(self)
        dict.update(self, items)


c = Counting()
c.update('abca')
print(c)
c.reset({'z': 9})
print(c, list.append, dict.fromkeys('a'))
lst = []


class L(list):
    def append(self, x):
        raise RuntimeError('not this one')


s = L()
list.append(s, 1)
print(s)


# After a subclass's operator returns NotImplemented, the built-in one of
# the other operand runs on the built-in value.
class Merging(dict):
    def __or__(self, other):
        if not isinstance(other, Merging):
            return NotImplemented
        return 'both Merging'


print(Merging(a=1) | {'b': 2}, {'b': 2} | Merging(a=1), Merging() | Merging())


class Adding(list):
    def __add__(self, other):
        return NotImplemented


attempt(lambda: Adding([1]) + [2])


# `__reversed__ = None` opts out of reversed(), as `__iter__ = None` does of iter().
class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


attempt(lambda: reversed(NotReversible()))
print(NotReversible()[1], type(list[int])(list, int), type(list[int])(dict, (str, int)))
attempt(lambda: type(list[int])(list))


class Sub(list):
    pass


class Tup(tuple):
    pass


print(Sub[int], Tup[str, int], dict[str, Sub], type('X', (), {'__module__': 'builtins'}))
attempt(lambda: type('Y', (), {})[int])
