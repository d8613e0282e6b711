# The in operator.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello'
for c in (b, bytearray(b)):
    t(lambda: 104 in c)
    t(lambda: 0 in c)
    t(lambda: b'ell' in c)
    t(lambda: b'' in c)
    t(lambda: bytearray(b'lo') in c)
    t(lambda: memoryview(b'he') in c)
    t(lambda: b'xyz' in c)
    t(lambda: 256 in c)
    t(lambda: -1 in c)
    t(lambda: 'h' in c)
    t(lambda: None in c)
    t(lambda: 104 not in c)
