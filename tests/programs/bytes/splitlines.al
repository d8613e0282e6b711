# splitlines.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b'one\ntwo\r\nthree\rfour\x0bfive\x0c\n\nlast'
t(lambda: b.splitlines())
t(lambda: b.splitlines(True))
t(lambda: b.splitlines(keepends=True))
t(lambda: b''.splitlines())
t(lambda: b'\n'.splitlines())
t(lambda: b'a\n'.splitlines(1))
t(lambda: bytearray(b'x\ny').splitlines())
t(lambda: b'a'.splitlines('x'))
t(lambda: b'a'.splitlines(1, 2))
