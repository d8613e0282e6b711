# UTF-16 with and without a BOM.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'a\xe9\u20ac\U0001f600'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'UTF16', 'utf_16le']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
t(lambda: ''.encode('utf-16'))
t(lambda: b''.decode('utf-16'))
t(lambda: b'\xff\xfea\x00'.decode('utf-16'))
t(lambda: b'\xfe\xff\x00a'.decode('utf-16'))
t(lambda: b'a\x00'.decode('utf-16'))
t(lambda: b'\xff\xfe\xff\xfea\x00'.decode('utf-16'))
t(lambda: b'a\x00b'.decode('utf-16-le'))
t(lambda: b'a'.decode('utf-16'))
t(lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))
t(lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
t(lambda: b'\x00\xd8'.decode('utf-16-le'))
t(lambda: b'\xd8\x00'.decode('utf-16-be'))
t(lambda: b'\x00\xd8'.decode('utf-16-le', 'replace'))
t(lambda: b'\x00\xd8\x00\xd8a\x00'.decode('utf-16-le', 'replace'))
t(lambda: b'\x00\xdca\x00'.decode('utf-16-le', 'ignore'))
t(lambda: b'\x00\xdca\x00'.decode('utf-16-le', 'backslashreplace'))
