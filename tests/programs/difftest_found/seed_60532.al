# Minimised from tests/difftest/gen.py seed 60532.
def p(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def t0():
    p('(True).__eq__((-1j))', lambda: (True).__eq__((-1j)))
try:
    t0()
except Exception as e:
    print('t0', '!', type(e).__name__, e)
