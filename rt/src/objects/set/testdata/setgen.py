# Regenerate with: PYTHONHASHSEED=0 python3 setgen.py (CPython 3.11)
# Generates set test scenarios: ops and the repr CPython gives.
import random
random.seed(12345)

def val_str(v):
    if isinstance(v, tuple):
        return '(' + ','.join(val_str(x) for x in v) + ')'
    if isinstance(v, str):
        return "'" + v + "'"
    return str(v)

def rand_val(r, kinds):
    k = r.choice(kinds)
    if k == 'small':
        return r.randrange(-20, 60)
    if k == 'big':
        return r.choice([r.randrange(-10**18, 10**18), r.randrange(0, 2**61), -r.randrange(0, 2**62), r.randrange(0, 1000) * 1024])
    if k == 'str':
        return ''.join(r.choice('abcxyz') for _ in range(r.randrange(0, 4)))
    if k == 'tuple':
        return (r.randrange(-3, 5), r.randrange(0, 3))

scen = []
for n in range(60):
    r = random.Random(n)
    kinds = [['small'], ['small', 'big'], ['small', 'tuple'], ['str'], ['small', 'str', 'tuple', 'big']][n % 5]
    s = set()
    ops = []
    out = []
    nops = r.randrange(5, 120)
    for _ in range(nops):
        x = r.random()
        if x < 0.6:
            v = rand_val(r, kinds); s.add(v); ops.append('+' + val_str(v))
        elif x < 0.85:
            v = rand_val(r, kinds); s.discard(v); ops.append('-' + val_str(v))
        elif x < 0.97:
            if s:
                out.append(val_str(s.pop())); ops.append('p')
        else:
            ops.append('r'); out.append(repr(s).replace(' ', ''))
    ops.append('r'); out.append(repr(s).replace(' ', ''))
    scen.append((' '.join(ops), ' '.join(out)))

with open(__file__.replace('setgen.py', 'set_cases.txt'), 'w') as f:
    for o, e in scen:
        f.write(o + '\n' + e + '\n')
print(len(scen))
