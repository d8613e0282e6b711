# functools: singledispatch and singledispatchmethod, cached_property,
# partialmethod, recursive_repr, and the module's names.
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

@functools.singledispatch
def show(x):
    "generic show"
    return 'object ' + repr(x)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register
def _(x: str):
    return 'str ' + x
@show.register
def _(x: list, y=0):
    return 'list of %d' % len(x)
def show_float(x):
    return 'float %r' % x
print(show.register(float, show_float) is show_float)
@show.register(dict)
@show.register(set)
def _(x):
    return 'container ' + type(x).__name__
print(show(1), show(True), show('s'), show([1, 2]), show(2.5), show({}), show(set()), show(None), show((1,)))
class Base:
    pass
class Derived(Base):
    pass
class Other(Derived, list):
    pass
@show.register
def _(x: Base):
    return 'base'
print(show(Base()), show(Derived()), show(Other()))
print(show.dispatch(bool).__name__, show.dispatch(Derived) is show.dispatch(Base), show.dispatch(object) is show.__wrapped__)
print(show.__name__, show.__doc__, len(show.registry), show.registry[int](3), int in show.registry, object in show.registry)
print(type(show.registry).__name__, sorted(c.__name__ for c in show.registry))
t(lambda: show.registry.__setitem__)
t(show)
t(show.register, 5)
t(show.register, 5, lambda x: x)
t(show.register, lambda x: x)
def bad(x: 5):
    pass
t(show.register, bad)
@show.register
def _(x: int | None):
    return 'int or None'
print(show(1), show(None))
def bad2(x: 'str'):
    pass
show._clear_cache()
print(show(7))
@functools.singledispatch
def noname(x):
    return 1
t(noname)

# singledispatchmethod
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        return 'cannot negate ' + repr(arg)
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
    @functools.singledispatchmethod
    @classmethod
    def cm(cls, arg):
        return (cls.__name__, 'generic')
    @cm.register
    @classmethod
    def _(cls, arg: str):
        return (cls.__name__, 'str')
n = Neg()
print(n.neg(5), n.neg(True), n.neg('x'), Neg.cm(1), Neg.cm('a'), n.cm('b'))
print(Neg.neg.__name__, n.neg.__isabstractmethod__)
t(functools.singledispatchmethod, 5)

# cached_property
class CP:
    def __init__(self, v):
        self.v = v
    @functools.cached_property
    def double(self):
        "twice v"
        print('computing')
        return self.v * 2
c = CP(4)
print(c.double, c.double, vars(c))
c.double = 1
print(c.double)
del c.double
print(c.double)
print(type(CP.double).__name__, CP.double.attrname, CP.double.__doc__, CP.double.func.__name__)
class Slotted:
    __slots__ = ('v',)
    @functools.cached_property
    def x(self):
        return 1
t(lambda: Slotted().x)
cp = functools.cached_property(lambda self: 1)
t(cp.__get__, CP(1), CP)
try:
    class Two:
        a = functools.cached_property(lambda self: 1)
        b = a
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

# partialmethod
class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, extra=None):
        self._alive = bool(state)
        return extra
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, extra='x')
    @classmethod
    def make(cls, a, b=0):
        return (cls.__name__, a, b)
    make1 = functools.partialmethod(make, 1)
    @staticmethod
    def st(a, b):
        return (a, b)
    st1 = functools.partialmethod(st, 'first')
    nested = functools.partialmethod(set_alive, extra='n')
c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(extra=3))
print(Cell.make1(), c.make1(b=2), c.st1('second'), Cell.st1(2), c.nested())
print(repr(Cell.__dict__['set_dead']).replace(hex(id(Cell.set_state)), '0x?'))
r = repr(functools.partialmethod(Cell.set_state))
print(r[:r.index(' at ')], r[r.index('>'):])
t(functools.partialmethod, 5)
print(type(Cell.set_alive).__name__, Cell.set_alive(c), Cell.__dict__['nested'].args, Cell.__dict__['nested'].keywords)
pm = Cell.__dict__['make1']
print(pm.func is Cell.__dict__['make'], pm.args, pm.keywords, pm.__isabstractmethod__)
bound = c.make1
print(type(bound).__name__, bound.func, bound.args)

# recursive_repr
class Rec:
    def __init__(self):
        self.items = [self]
    @functools.recursive_repr()
    def __repr__(self):
        return 'Rec(%r)' % self.items
class Rec2:
    def __init__(self):
        self.me = self
    @functools.recursive_repr('<loop>')
    def __repr__(self):
        "rec2 repr"
        return 'Rec2(' + repr(self.me) + ')'
print(repr(Rec()), repr(Rec2()), Rec2.__repr__.__name__, Rec2.__repr__.__doc__)
print(all(hasattr(functools, n) for n in functools.__all__), functools.GenericAlias(list, int))
print(functools.partial[int], functools.cached_property[str], functools.partialmethod[int])
from functools import *
print(reduce(lambda a, b: a * b, [1, 2, 3]), partial(max, 1)(2), cmp_to_key(lambda a, b: a - b)(1).obj)
