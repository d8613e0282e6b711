# join.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b', '.join([b'a', b'b', b'c']))
t(lambda: b''.join([b'x', bytearray(b'y'), memoryview(b'z')]))
t(lambda: b'-'.join([]))
t(lambda: b'-'.join([b'one']))
t(lambda: b'-'.join(x for x in (b'g', b'h')))
t(lambda: bytearray(b'+').join([b'1', b'2']))
t(lambda: b'-'.join((b'a', b'b')))
t(lambda: b'ab'.join(['a']))
t(lambda: b'ab'.join([b'a', 1]))
t(lambda: b'ab'.join(1))
t(lambda: b'ab'.join())
