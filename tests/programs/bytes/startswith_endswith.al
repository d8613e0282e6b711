# startswith and endswith.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello world'
for s in (b, bytearray(b)):
    t(lambda: s.startswith(b'hell'))
    t(lambda: s.startswith(b'world', 6))
    t(lambda: s.startswith(b'lo', 3, 5))
    t(lambda: s.startswith(b'lo', 3, 4))
    t(lambda: s.startswith((b'x', b'he')))
    t(lambda: s.startswith(()))
    t(lambda: s.startswith(b''))
    t(lambda: s.startswith(b'', 20))
    t(lambda: s.endswith(b'world'))
    t(lambda: s.endswith(b'hello', 0, 5))
    t(lambda: s.endswith(b'o', -5, -4))
    t(lambda: s.endswith((b'd', b'x')))
    t(lambda: s.endswith(bytearray(b'ld')))
    t(lambda: s.startswith('h'))
    t(lambda: s.endswith(1))
    t(lambda: s.startswith((1,)))
    t(lambda: s.startswith((b'a', 'x')))
    t(lambda: s.startswith())
    t(lambda: s.startswith(b'a', 'x'))
    t(lambda: s.startswith(prefix=b'h'))
