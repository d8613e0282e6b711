# Al-only (CPython accepts this): a yield in a later operand of a chained comparison is "not supported yet" at its span, never miscompiled.
def gen(a, b):
    while True:
        if a < b < (yield a):
            return b
