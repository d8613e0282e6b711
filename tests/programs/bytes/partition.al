# partition and rpartition.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'key=value=x', bytearray(b'key=value=x')):
    t(lambda: b.partition(b'='))
    t(lambda: b.rpartition(b'='))
    t(lambda: b.partition(b'#'))
    t(lambda: b.rpartition(b'#'))
    t(lambda: b.partition(bytearray(b'val')))
    t(lambda: b.partition(b''))
    t(lambda: b.partition('='))
    t(lambda: b.partition(1))
    t(lambda: b.partition())
