# UnicodeEncodeError and UnicodeDecodeError attributes.
def show(e):
    print(type(e).__name__, '|', e, '|', e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e.args)

for f in [lambda: b'ab\xffcd'.decode(), lambda: b'\xe2\x82'.decode('utf-8'),
          lambda: b'a\x80'.decode('ascii'), lambda: b'\x00\xdc'.decode('utf-16-le'),
          lambda: 'ab\xe9'.encode('ascii'), lambda: 'xx\u1234\u1235yy'.encode('latin-1')]:
    try:
        f()
    except UnicodeError as e:
        show(e)
e = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'invalid start byte')
show(e)
e = UnicodeDecodeError('ascii', bytearray(b'abc'), 1, 3, 'why')
show(e)
print(isinstance(e, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
try:
    UnicodeDecodeError('a', 'str', 0, 1, 'r')
except Exception as x:
    print(type(x).__name__, x)
try:
    raise UnicodeDecodeError('utf-8', b'x', 0, 1, 'boom')
except ValueError as x:
    print('caught', x)
