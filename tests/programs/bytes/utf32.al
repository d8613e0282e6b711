# UTF-32 with and without a BOM.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'a\xe9\U0001f600'
for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'UTF32', 'utf_32be']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
t(lambda: b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
t(lambda: b'a\x00\x00\x00'.decode('utf-32'))
t(lambda: b'abc'.decode('utf-32'))
t(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
t(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
t(lambda: b'a\x00\x00\x00b'.decode('utf-32-le', 'backslashreplace'))
t(lambda: b'a\x00\x00\x00\x00\x00\x11\x00'.decode('utf-32-le', 'replace'))
t(lambda: b'a\x00\x00\x00\x00\x00\x11\x00'.decode('utf-32-le', 'ignore'))
