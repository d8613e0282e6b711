# copy and deepcopy of the objects of functools and operator.
import copy, functools, operator

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

p = functools.partial(max, [1], key=len)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.args[0] is p.args[0], r.args[0] is p.args[0], q is p, type(r).__name__)
p.attr = 5
print(copy.copy(p).attr, copy.deepcopy(p).__dict__)
@functools.lru_cache
def f(x): return x
print(copy.copy(f) is f, copy.deepcopy(f) is f)
ig = operator.itemgetter(1, [2])
print(copy.copy(ig), copy.deepcopy(ig), copy.deepcopy(ig)((0, 1, 2)) if False else '')
ag = operator.attrgetter('a.b', 'c')
print(copy.copy(ag), copy.deepcopy(ag))
mc = operator.methodcaller('m', 1, k=[2])
mc2 = copy.deepcopy(mc)
print(mc2, copy.copy(mc))
ci = f.cache_info()
print(copy.copy(ci), copy.deepcopy(ci), type(copy.copy(ci)).__name__)
K = functools.cmp_to_key(lambda a, b: a - b)
try:
    print(copy.copy(K))
except TypeError as e:
    print(type(e).__name__, e)
pm = functools.partialmethod(max, 1)
print(type(copy.deepcopy(pm)).__name__, copy.deepcopy(pm).args)
