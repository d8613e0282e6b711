# operator: itemgetter, attrgetter and methodcaller with CPython's reprs and
# errors, and the module's names.
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

print(operator.itemgetter(1), operator.itemgetter(1, 'a'))
print(operator.attrgetter('a'), operator.attrgetter('a', 'b.c'))
print(operator.methodcaller('f'), operator.methodcaller('f', 1, x=2), operator.methodcaller('f', 'a', k='v'))
t(operator.attrgetter, 1)
t(operator.attrgetter)
t(operator.methodcaller)
t(operator.methodcaller, 1)
t(operator.itemgetter, x=1)
t(operator.itemgetter)
t(operator.attrgetter, 'a', x=1)
t(operator.methodcaller, name='f')
t(operator.attrgetter, 'a', 2)
ig = operator.itemgetter(1)
t(ig, [1, 2])
t(ig, [1])
t(ig, {1: 'one'})
t(operator.itemgetter(0, 2), 'abc')
t(operator.itemgetter(slice(1, None)), [1, 2, 3])
t(operator.itemgetter(1, 2), range(5))
t(operator.itemgetter('a', 'b'), {'a': 1, 'b': 2})
t(operator.itemgetter('a', 'c'), {'a': 1, 'b': 2})
class A:
    pass
a = A()
a.b = A()
a.b.c = 5
a.x = 1
t(operator.attrgetter('b.c'), a)
t(operator.attrgetter('x', 'b.c'), a)
t(operator.attrgetter('y'), a)
t(operator.attrgetter('b.d'), a)
t(operator.attrgetter('.x'), a)
t(operator.attrgetter('x.'), a)
t(operator.attrgetter('x..y'), a)
t(operator.attrgetter('x', 'x'), a)
t(operator.attrgetter('real', 'imag'), 3)
mc = operator.methodcaller('split', ',', maxsplit=1)
print(mc)
t(mc, 'a,b,c')
t(operator.methodcaller('nope'), 1)
t(operator.methodcaller('upper'), 'abc')
t(operator.methodcaller('count', 'a'), 'banana')
print(repr(operator.methodcaller('f', "it's", x=[1])))
class R:
    def __repr__(s): return 'R!'
print(operator.itemgetter(R(), 'x'), operator.methodcaller('m', R(), k=R()))
lst = []
ig2 = operator.itemgetter(lst)
lst.append(ig2)
print(ig2)
print(type(ig).__name__, type(operator.attrgetter('a')).__name__, type(mc).__name__)
print(ig == operator.itemgetter(1), ig == ig)
try:
    class Sub(operator.itemgetter):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub2(operator.attrgetter):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub3(operator.methodcaller):
        pass
except TypeError as e:
    print(type(e).__name__, e)
recs = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'x')]
print(sorted(recs, key=operator.itemgetter(1)), sorted(recs, key=operator.itemgetter(2, 0)))
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return self.name
    def greet(self, g, punct='!'):
        return g + ' ' + self.name + punct
ps = [P('x', 3), P('y', 1), P('z', 2)]
print(sorted(ps, key=operator.attrgetter('age')), list(map(operator.methodcaller('greet', 'hi', punct='?'), ps)))
print(list(map(operator.attrgetter('name', 'age'), ps)))
print(operator.__doc__ is not None, operator.lt.__doc__, operator.itemgetter.__doc__ is not None)
print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
print([n for n in dir(operator) if not n.startswith('_')] == operator.__all__)
from operator import *
print(add(1, 2), itemgetter(0)('x'), truth(0), operator.__add__(3, 4))
