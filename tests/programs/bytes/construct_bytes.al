# bytes() constructors and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class B:
    def __bytes__(self):
        return b'from dunder'

class Bad:
    def __bytes__(self):
        return 'str'

class Idx:
    def __index__(self):
        return 3

t(lambda: bytes())
t(lambda: bytes(0))
t(lambda: bytes(5))
t(lambda: bytes(Idx()))
t(lambda: bytes([1, 2, 255]))
t(lambda: bytes((65, 66)))
t(lambda: bytes(range(60, 70)))
t(lambda: bytes(x for x in [97, 98]))
t(lambda: bytes(b'copy'))
t(lambda: bytes(bytearray(b'ba')))
t(lambda: bytes(memoryview(b'mv')))
t(lambda: bytes('text', 'utf-8'))
t(lambda: bytes('text', encoding='ascii'))
t(lambda: bytes('t\xe9xt', 'latin-1'))
t(lambda: bytes('t\xe9xt', 'ascii', 'replace'))
t(lambda: bytes(B()))
t(lambda: bytes(Bad()))
t(lambda: bytes(-1))
t(lambda: bytes('a'))
t(lambda: bytes(1.5))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes('a', 'nope'))
t(lambda: bytes(1, 'utf-8'))
t(lambda: bytes(b'a', 'utf-8'))
t(lambda: bytes(errors='strict'))
t(lambda: bytes(encoding='utf-8'))
t(lambda: bytes('\xe9', 'ascii'))
t(lambda: bytes(None))
t(lambda: bytes(object()))
t(lambda: bytes('a', 1))
t(lambda: bytes(1, 2, 3, 4))
b = b'same'
print(bytes(b) is b)
