# Minimised from tests/difftest/gen.py seed 11314.
def p(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def t0():
    print(sorted(['bb', 'a', 'ccc', 'dd'], key=lambda s: (len(s) % 2, s)))
try:
    t0()
except Exception as e:
    print('t0', '!', type(e).__name__, e)
def t1():
    s = set({2, -1, 2, 'key', -2, 11})
    t = {-2, 'c', 10000000000000000000}
    print(s, t)
try:
    t1()
except Exception as e:
    print('t1', '!', type(e).__name__, e)
