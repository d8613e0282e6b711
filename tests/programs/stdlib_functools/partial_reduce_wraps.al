# functools: reduce, partial (repr, flattening, attributes, state), wraps
# and update_wrapper.
import functools

_print = print


def print(*args, **kwargs):
    # Prints with object addresses (` at 0x...`) left out: they differ per run.
    out = []
    for a in args:
        s = str(a)
        while ' at 0x' in s:
            i = s.index(' at 0x')
            j = i + 6
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            s = s[:i] + s[j:]
        out.append(s)
    _print(*out, **kwargs)


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def add(a, b):
    return a + b

# reduce
t(functools.reduce, add, [1, 2, 3])
t(functools.reduce, add, [], 0)
t(functools.reduce, add, [])
t(functools.reduce, add, 5)
t(functools.reduce, add)
t(functools.reduce)
t(functools.reduce, add, [1], 2, 3)
t(functools.reduce, add, [1], initial=2)
t(functools.reduce, add, [1], None)
t(functools.reduce, add, ['a', 'b', 'c'], 'x')
t(functools.reduce, lambda a, b: a * b, range(1, 20))
t(functools.reduce, add, iter([[1], [2], [3]]))
t(functools.reduce, add, [7])
t(functools.reduce, add, [], None)
def gen():
    yield 1
    yield 2
t(functools.reduce, add, gen(), 10)

# partial
def f(a, b=2, *c, **d):
    return (a, b, c, d)
p = functools.partial(f, 1, x=2)
print(p, p.func is f, p.args, p.keywords, p())
p2 = functools.partial(p, 3, y=4)
print(p2, p2.func is f, p2.args, p2.keywords, p2(5, x=9))
t(functools.partial)
t(functools.partial, 1)
print(functools.partial(f, **{'a': 1}), functools.partial(f))
p.__dict__['zz'] = 1
print(vars(p), functools.partial(p, 1))
print(p.zz)
class P(functools.partial):
    pass
print(P(f, 1), P(P(f, 1), 2).func is f, type(P(f)).__name__)
t(setattr, p, 'func', 1)
t(setattr, p, 'args', 1)
t(delattr, p, 'keywords')
t(functools.partial(f).__setstate__, 1)
t(functools.partial(f).__setstate__, (f, [], None, None))
print(type(p).__name__, type(p).__qualname__)
print(p.__reduce__()[1:])
print(functools.partial(f, 1) == functools.partial(f, 1))
class C:
    g = functools.partial(f, 1)
print(C().g(), C.g())
l = []
pp = functools.partial(f, l)
l.append(pp)
print(pp)
print(functools.partial(f, 'a\'', k=[1], **{'z': 'q'}))
q = functools.partial(f)
q.__setstate__((max, (1, 2), {'k': 3}, {'attr': 5}))
print(q.func, q.args, q.keywords, vars(q))
q.__setstate__((max, (1,), None, None))
print(q.keywords, vars(q), q(5))
pk = functools.partial(f, b=5)
print(pk(1), pk(1, b=6), pk.keywords)
print(functools.partial(max, default=0)([]))
print(list(map(functools.partial(pow, 2), range(5))))

# update_wrapper / wraps
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
def target(x: int) -> str:
    "target doc"
    return str(x)
target.extra = 'e'
w = deco(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__annotations__, w.__wrapped__ is target, w.extra, w(5))
print(sorted(w.__dict__))
class Obj:
    pass
o = Obj()
r = functools.update_wrapper(o, target, assigned=('__name__', '__nope__'), updated=())
print(r is o, o.__name__, o.__wrapped__ is target, hasattr(o, '__nope__'))
o2 = Obj()
functools.update_wrapper(o2, target)
print(sorted(vars(o2)))
wp = functools.wraps(target)
print(type(wp).__name__, wp.func is functools.update_wrapper, sorted(wp.keywords))
t(functools.update_wrapper, Obj(), target, (), ('nope',))
