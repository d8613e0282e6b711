# replace.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b'aaa bab', bytearray(b'aaa bab')):
    t(lambda: b.replace(b'a', b'X'))
    t(lambda: b.replace(b'a', b'X', 2))
    t(lambda: b.replace(b'a', b'X', 0))
    t(lambda: b.replace(b'a', b'X', -1))
    t(lambda: b.replace(b'aa', b''))
    t(lambda: b.replace(b'', b'-'))
    t(lambda: b.replace(b'', b'-', 3))
    t(lambda: b.replace(b'zz', b'y'))
    t(lambda: b.replace(bytearray(b'b'), memoryview(b'B')))
t(lambda: b''.replace(b'', b'x'))
t(lambda: b'a'.replace('a', 'b'))
t(lambda: b'a'.replace(b'a'))
t(lambda: b'a'.replace(b'a', b'b', 'x'))
