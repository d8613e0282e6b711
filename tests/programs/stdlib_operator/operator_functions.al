# operator: every function and its dunder alias, the in-place forms, and
# concat/countOf/indexOf/length_hint edge cases.
import operator

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(' + repr(self.v) + ')'
    def __add__(self, o): return N(('add', self.v, o))
    def __iadd__(self, o): return N(('iadd', self.v, o))
    def __sub__(self, o): return N(('sub', self.v, o))
    def __matmul__(self, o): return N(('matmul', self.v, o))
    def __imatmul__(self, o): return N(('imatmul', self.v, o))
    def __neg__(self): return N(('neg', self.v))
    def __pos__(self): return N(('pos', self.v))
    def __invert__(self): return N(('inv', self.v))
    def __abs__(self): return N(('abs', self.v))
    def __index__(self): return 7
    def __eq__(self, o): return ('eq', self.v, o)
    def __lt__(self, o): return ('lt', self.v, o)
    def __bool__(self): return False

binops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
          'rshift', 'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'ge', 'gt',
          'is_', 'is_not', 'matmul']
for name in binops:
    f = getattr(operator, name)
    print(name, f.__name__)
    for a, b in [(7, 3), (-7, 2), (2.5, 2), (True, 3), ('ab', 'c'), ([1], [2]), (6, 0), ('a', 3), (5, 'x'), ({1, 2}, {2, 3})]:
        t(f, a, b)
for name in ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift',
             'irshift', 'iand', 'ior', 'ixor', 'imatmul', 'iconcat']:
    f = getattr(operator, name)
    print(name, f.__name__)
    for a, b in [(7, 3), (2.5, 2), ([1], [2]), ([1], 'ab'), ((1,), (2,)), ('s', 't'), (6, 0), ({1, 2}, {2, 3}), (N(1), 5), (1, [2]), (range(2), range(3))]:
        t(f, a, b)
l = [1]
print(operator.iadd(l, [2]) is l, l)
print(operator.iconcat(l, (3,)) is l, l)
print(operator.add(N(1), 2), operator.iadd(N(1), 2), operator.matmul(N(1), 2), operator.imatmul(N(1), 3))
print(operator.eq(N(1), 2), operator.lt(N(1), 2))
for name in ['neg', 'pos', 'inv', 'invert', 'abs', 'not_', 'truth', 'index']:
    f = getattr(operator, name)
    print(name, f.__name__)
    for a in [5, -3, 0, True, 2.5, -0.0, 'a', [], [0], N(2), None, 2**70]:
        t(f, a)
t(operator.concat, 1, 2)
t(operator.concat, [1], (2,))
t(operator.concat, 'a', 'b')
t(operator.concat, (1,), (2, 3))
t(operator.concat, range(2), range(3))
t(operator.concat, [1], [2])
t(operator.concat, 'a', 1)
class S:
    def __getitem__(s, i): return i
    def __add__(s, o): return 'added'
    def __radd__(s, o): return 'radded'
t(operator.concat, S(), 1)
t(operator.concat, S(), S())
t(operator.concat, S(), [1])
t(operator.concat, {1: 2}, {3: 4})
t(operator.iconcat, 1, 2)
t(operator.iconcat, S(), 3)
t(operator.iconcat, S(), 'x')
t(operator.contains, [1, 2], 2)
t(operator.contains, 'abc', 'bc')
t(operator.contains, 1, 1)
t(operator.contains, {'a': 1}, 'a')
t(operator.indexOf, [1, 2], 3)
t(operator.indexOf, [1, 2, 2], 2)
t(operator.indexOf, 'abc', 'c')
t(operator.indexOf, 5, 2)
t(operator.countOf, [1, 2, 1.0, True], 1)
t(operator.countOf, 5, 1)
t(operator.countOf, 'banana', 'a')
nan = float('nan')
t(operator.countOf, [nan, nan, 1], nan)
t(operator.indexOf, [1, nan], nan)
t(operator.length_hint, [1, 2])
t(operator.length_hint, 5)
t(operator.length_hint, 5, 'a')
t(operator.length_hint, 5, 7)
t(operator.length_hint, 'abc', 7)
t(operator.length_hint, {1: 2, 3: 4})
class H:
    def __init__(s, v): s.v = v
    def __length_hint__(s): return s.v
t(operator.length_hint, H(4))
t(operator.length_hint, H('x'))
t(operator.length_hint, H(-1))
t(operator.length_hint, H(NotImplemented), 9)
t(operator.length_hint, H(True))
t(operator.length_hint, H(2**40))
class LH:
    def __len__(s): raise TypeError('boom')
t(operator.length_hint, LH())
class LV:
    def __len__(s): raise ValueError('bad')
t(operator.length_hint, LV())
t(operator.length_hint, 5, N(0))
t(operator.call, len, [1])
t(operator.call, lambda *a, **k: (a, k), 1, x=2)
t(operator.getitem, [1, 2], 1)
t(operator.getitem, {'a': 1}, 'b')
t(operator.getitem, 'abcdef', slice(1, 4))
l = [1, 2, 3]
t(operator.setitem, l, 0, 9)
t(operator.delitem, l, 1)
t(operator.delitem, l, 5)
print(l)
d = {}
operator.setitem(d, 'k', 'v')
print(d)

# the dunder aliases
for name in ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'call', 'floordiv', 'index',
             'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or', 'pos', 'pow', 'rshift', 'sub',
             'truediv', 'xor', 'concat', 'contains', 'delitem', 'getitem', 'setitem', 'iadd', 'iand',
             'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'imatmul', 'ior', 'ipow', 'irshift',
             'isub', 'itruediv', 'ixor']:
    plain = getattr(operator, name + '_' if name in ('not', 'and', 'or') else name)
    dunder = getattr(operator, '__' + name + '__')
    print(name, dunder is plain, dunder.__name__)
print(operator.__add__(1, 2), operator.__not__(0), operator.__call__(max, 1, 5))

