# bytes.fromhex and bytearray.fromhex.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes.fromhex(''))
t(lambda: bytes.fromhex('00ff7F'))
t(lambda: bytes.fromhex(' de ad  be ef '))
t(lambda: bytes.fromhex('de\tad\nbe'))
t(lambda: bytearray.fromhex('0102'))
t(lambda: b''.fromhex('41'))
t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex('a'))
t(lambda: bytes.fromhex('a b'))
t(lambda: bytes.fromhex('0g'))
t(lambda: bytes.fromhex(1))
t(lambda: bytes.fromhex())
t(lambda: bytes.fromhex('\xe9'))
print(bytes.fromhex(b'\x01\xab'.hex()) == b'\x01\xab')
