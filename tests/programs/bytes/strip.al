# strip, lstrip, rstrip.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for b in (b' \t\n\x0b\x0c\r x y \r\n', bytearray(b'  x  ')):
    t(lambda: b.strip())
    t(lambda: b.lstrip())
    t(lambda: b.rstrip())
    t(lambda: b.strip(None))
t(lambda: b'xxhixx'.strip(b'x'))
t(lambda: b'xyhiyx'.strip(b'xy'))
t(lambda: b'xyhiyx'.lstrip(b'yx'))
t(lambda: b'xyhiyx'.rstrip(bytearray(b'x')))
t(lambda: b'abc'.strip(b''))
t(lambda: b'\x1c a \x1c'.strip())
t(lambda: b'a'.strip('a'))
t(lambda: b'a'.strip(1))
t(lambda: b'a'.strip(b'a', 1))
