# translate and maketrans.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], type(table).__name__)
t(lambda: b'aabbcc'.translate(table))
t(lambda: b'aabbcc'.translate(table, b'b'))
t(lambda: b'aabbcc'.translate(None, b'ac'))
t(lambda: b'aabbcc'.translate(None))
t(lambda: bytearray(b'abc').translate(table))
t(lambda: b'abc'.translate(bytearray(table), delete=b'c'))
t(lambda: bytearray.maketrans(b'a', b'b')[97])
t(lambda: b''.maketrans(b'', b''))
t(lambda: bytes.maketrans(b'a', b'bc'))
t(lambda: bytes.maketrans(1, 2))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: b'a'.translate(b'x'))
t(lambda: b'a'.translate())
t(lambda: b'a'.translate('x'))
t(lambda: b'a'.translate(None, 1))
