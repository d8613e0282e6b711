# Minimised from tests/difftest/gen.py seed 11356.
def p(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def t0():
    xs.sort(key=lambda x: (x % 3, -x))
try:
    t0()
except Exception as e:
    print('t0', '!', type(e).__name__, e)
def t1():
    s = set({(2, 'y'), -5, -3, 6, 'key', 'key', 5})
    print(set(range(1)) | s)
try:
    t1()
except Exception as e:
    print('t1', '!', type(e).__name__, e)
