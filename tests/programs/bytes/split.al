# split.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'  a b\tc\n d  ', bytearray(b'  a b\tc\n d  ')):
    t(lambda: b.split())
    t(lambda: b.split(None, 1))
    t(lambda: b.split(maxsplit=2))
    t(lambda: b.split(b' '))
    t(lambda: b.split(b' ', 2))
    t(lambda: b.split(sep=b'b'))
    t(lambda: b.split(b'xyz'))
t(lambda: b''.split())
t(lambda: b''.split(b','))
t(lambda: b'a,b,,c,'.split(b','))
t(lambda: b'a,b,,c,'.split(b',', 0))
t(lambda: b'a--b--c'.split(b'--', -1))
t(lambda: b'\x1c\x1d a\x0b\x0cb'.split())
t(lambda: b'a'.split(b''))
t(lambda: b'a'.split('a'))
t(lambda: b'a'.split(1))
t(lambda: b'a'.split(b'a', 'x'))
t(lambda: b'a'.split(b'a', 1, 2))
t(lambda: b'a'.split(sep=b'a', maxsplit='x'))
