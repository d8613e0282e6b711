# Assigning __name__, __qualname__, __doc__ and __module__ of a function
# (as functools.wraps does) changes what the function reports, its repr and
# its argument errors, and keeps them out of its __dict__.


def f(a, b=1):
    "the doc"
    return a


print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__dict__)
f.__name__ = 'renamed'
f.__qualname__ = 'Outer.renamed'
f.__doc__ = 'new doc'
f.__module__ = 'somewhere'
f.extra = 1
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__dict__)
print(repr(f).split(' at ')[0])
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
for attr in ['__name__', '__qualname__']:
    for bad in [5, None, 1.5]:
        try:
            setattr(f, attr, bad)
        except TypeError as e:
            print(attr, type(e).__name__, e)
    try:
        delattr(f, attr)
    except TypeError as e:
        print('del', attr, type(e).__name__, e)
f.__doc__ = 5
f.__module__ = None
print(f.__doc__, f.__module__)
del f.__doc__
del f.__module__
print(f.__doc__, f.__module__, f.__dict__)


class S(str):
    pass


g = lambda: 0
g.__name__ = S('sub')
print(g.__name__, type(g.__name__).__name__, repr(g).split(' at ')[0])


def gen():
    yield 1


gen.__name__ = 'gname'
gen.__qualname__ = 'GQ'
print(gen().__name__, repr(gen()).split(' at ')[0])


def wrapper(*args):
    return args


wrapper.__wrapped__ = f
wrapper.__dict__.update({'k': 'v'})
print(sorted(vars(wrapper)), wrapper.k)
