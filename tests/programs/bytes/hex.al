# hex() with separators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = bytes(range(1, 8))
t(lambda: d.hex())
t(lambda: b''.hex())
t(lambda: b''.hex(':'))
t(lambda: d.hex(':'))
t(lambda: d.hex('-', 2))
t(lambda: d.hex('-', -2))
t(lambda: d.hex('_', 3))
t(lambda: d.hex('_', -3))
t(lambda: d.hex(b' ', 4))
t(lambda: d.hex(':', 0))
t(lambda: d.hex(':', 100))
t(lambda: d.hex(sep='.', bytes_per_sep=1))
t(lambda: bytearray(b'\xff\x00').hex())
t(lambda: memoryview(b'ab').hex('|'))
t(lambda: d.hex(''))
t(lambda: d.hex('::'))
t(lambda: d.hex('\xe9'))
t(lambda: d.hex(1))
t(lambda: d.hex(':', 'x'))
