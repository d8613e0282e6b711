# Round trips between str and bytes over many characters.
chars = ''.join(chr(c) for c in range(32, 0x3000, 37)) + '\U0001f600\U0010ffff'
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le']:
    b = chars.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == chars)
latin = ''.join(chr(c) for c in range(256))
print(latin.encode('latin-1') == bytes(range(256)), bytes(range(256)).decode('latin-1') == latin)
print(bytes(range(128)).decode('ascii') == latin[:128])
print(b'caf\xc3\xa9'.decode().encode('latin-1'), 'x'.encode() + 'y'.encode('ascii'))
from collections import UserString
u = UserString('caf\xe9')
print(u.encode(), u.encode('latin-1'), u.encode(None, None), u.encode(errors='replace', encoding='ascii'))
