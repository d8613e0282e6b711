# removeprefix and removesuffix.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'prefix-body-suffix'
t(lambda: b.removeprefix(b'prefix-'))
t(lambda: b.removeprefix(b'nope'))
t(lambda: b.removeprefix(b''))
t(lambda: b.removesuffix(b'-suffix'))
t(lambda: b.removesuffix(bytearray(b'x')))
t(lambda: bytearray(b'abc').removeprefix(b'a'))
t(lambda: bytearray(b'abc').removesuffix(memoryview(b'bc')))
print(b.removeprefix(b'zz') is b)
t(lambda: b.removeprefix('p'))
t(lambda: b.removeprefix())
t(lambda: b.removesuffix(b'a', b'b'))
