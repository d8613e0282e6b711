# bytearray methods shared with bytes return bytearrays.
a = bytearray(b' Hello, World ')
results = [a.strip(), a.lower(), a.upper(), a.replace(b'l', b'L'), a.split(b','),
           a.partition(b','), a.center(20), a.zfill(16), a.translate(None, b'o'),
           a.title(), a[1:3], a * 2, a + b'!', a.expandtabs(), a.removeprefix(b' ')]
for r in results:
    print(repr(r))
print(type(a.join([b'a', b'b'])).__name__, a.hex(), a.decode(), a.count(b'l'), a.find(b'W'))
