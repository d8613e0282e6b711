# Al-only (CPython accepts this): a yield inside a larger expression is "not supported yet" at its span, never miscompiled.
def gen():
    total = 0
    while True:
        total = total + (yield total)
