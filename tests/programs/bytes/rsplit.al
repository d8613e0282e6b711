# rsplit.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'  a b  c d  '
t(lambda: b.rsplit())
t(lambda: b.rsplit(None, 1))
t(lambda: b.rsplit(maxsplit=2))
t(lambda: b.rsplit(b' '))
t(lambda: b.rsplit(b' ', 2))
t(lambda: b'a,b,,c,'.rsplit(b',', 1))
t(lambda: b'a--b--c'.rsplit(b'--', 1))
t(lambda: bytearray(b'x y z').rsplit(None, 1))
t(lambda: b''.rsplit())
t(lambda: b'abc'.rsplit(b'abc'))
t(lambda: b'a'.rsplit(b''))
t(lambda: b'a'.rsplit('x'))
