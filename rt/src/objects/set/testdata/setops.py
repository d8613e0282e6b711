# Regenerate with: PYTHONHASHSEED=0 python3 setops.py (CPython 3.11)
# Generates set-algebra cases: two sets built by adds and deletes, then the
# repr CPython gives for each operator and method result.
import random

def vs(v):
    if isinstance(v, tuple):
        return '(' + ','.join(vs(x) for x in v) + ')'
    return str(v)

def rv(r, tuples):
    if tuples and r.random() < 0.3:
        return (r.randrange(0, 4), r.randrange(-2, 2))
    return r.choice([r.randrange(-10, 40), r.randrange(0, 200) * 8, r.randrange(-2**61, 2**61)])

def rep(x):
    return repr(x).replace(' ', '')

lines = []
for n in range(80):
    r = random.Random(1000 + n)
    tuples = n % 3 == 0
    na, nb = r.randrange(0, 40), r.randrange(0, 40)
    if n % 7 == 0:
        nb = na * 9 + 3   # exercise the "8 times larger" difference_update path
    a_add = [rv(r, tuples) for _ in range(na)]
    b_add = [rv(r, tuples) for _ in range(nb)]
    # overlap
    b_add += r.sample(a_add, min(len(a_add), r.randrange(0, 10)))
    a_del = r.sample(a_add, min(len(a_add), r.randrange(0, 8)))
    b_del = r.sample(b_add, min(len(b_add), r.randrange(0, 4)))
    a = set(); b = set()
    for x in a_add: a.add(x)
    for x in a_del: a.discard(x)
    for x in b_add: b.add(x)
    for x in b_del: b.discard(x)
    bl = list(b_add)
    out = [rep(a), rep(b), rep(a | b), rep(a & b), rep(a - b), rep(b - a), rep(a ^ b), rep(b ^ a),
           rep(a.union(bl)), rep(a.intersection(bl)), rep(a.difference(bl)), rep(a.symmetric_difference(bl)),
           rep(set(dict.fromkeys(bl))), rep(frozenset(a)), rep(set(a)),
           str(hash(frozenset(a))), str(hash(frozenset(bl))),
           rep(a <= b), rep(a < b), rep(a == set(a)), rep(a.isdisjoint(b)), rep(a.issuperset(bl))]
    c = set(a); c |= b; out.append(rep(c))
    c = set(a); c &= b; out.append(rep(c))
    c = set(a); c -= b; out.append(rep(c))
    c = set(a); c ^= b; out.append(rep(c))
    c = set(a); c.difference_update(bl); out.append(rep(c))
    c = set(a); c.intersection_update(bl); out.append(rep(c))
    c = set(a); c.update(bl, a_del); out.append(rep(c))
    c = set(a); c.symmetric_difference_update(dict.fromkeys(bl)); out.append(rep(c))
    c = set(a); pops = [vs(c.pop()) for _ in range(min(3, len(c)))]; out.append(','.join(pops) or '-'); out.append(rep(c))
    ops = ' '.join([','.join(vs(x) for x in a_add) or '-', ','.join(vs(x) for x in a_del) or '-',
                    ','.join(vs(x) for x in b_add) or '-', ','.join(vs(x) for x in b_del) or '-'])
    lines.append(ops + '\n' + ' '.join(out) + '\n')
open(__file__.replace('setops.py', 'setops_cases.txt'), 'w').write(''.join(lines))
print(len(lines))
