# Minimised from tests/difftest/gen.py seed 60089.
def p(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def t0():
    p('int.__eq__(10, (3-4j))', lambda: int.__eq__(10, (3-4j)))
try:
    t0()
except Exception as e:
    print('t0', '!', type(e).__name__, e)
