# + and * for bytes and bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'ab' + b'cd')
t(lambda: b'ab' + bytearray(b'cd'))
t(lambda: bytearray(b'ab') + b'cd')
t(lambda: b'ab' + memoryview(b'mv'))
t(lambda: b'ab' * 3)
t(lambda: 3 * b'ab')
t(lambda: b'ab' * 0)
t(lambda: b'ab' * -2)
t(lambda: bytearray(b'x') * 2)
t(lambda: 2 * bytearray(b'x'))
t(lambda: b'ab' * True)
t(lambda: b'a' + 'a')
t(lambda: b'a' + 1)
t(lambda: bytearray(b'a') + 'x')
t(lambda: 'a' + b'a')
t(lambda: b'a' * 'x')
t(lambda: b'a' * 1.5)
t(lambda: memoryview(b'a') + b'a')
t(lambda: b'a' * (2 ** 70))
t(lambda: b'a' - b'a')
