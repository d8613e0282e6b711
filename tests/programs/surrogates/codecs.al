# Lone surrogates through every codec and error handler, in both
# directions, with CPython's errors (message, start, end).
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))

texts = ['a\ud800\udc00x', '\udc80\ud800', 'x\udc80\ud800\ud801\udc81', 'a\udc80\udcffx',
         'a\udc41', '\ud800\udc80', 'x\u0100\udc80', '\ud83d\ude00é']
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
            'utf-32-le', 'utf-8-sig']:
    for errors in ['strict', 'surrogateescape', 'surrogatepass', 'ignore', 'replace',
                   'backslashreplace', 'xmlcharrefreplace']:
        for s in texts:
            t(f'{enc} {errors} {s!a}', lambda: s.encode(enc, errors))

blobs = [b'a\xff\xfeb', b'a\xed\xa0\x80b', b'a\xed\xa0b', b'\xed\xb2\x80', b'\xed\xb2',
         b'\xf0\x80\x80', b'a\x80\x81', b'\xed\xa0\xbd\xed\xb8\x80', b'a\x00\x00\xd8',
         b'a\x00\x00\xdc', b'\x00\xd8\x00\x00', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc',
         b'a\x00\x00\x00\x00\xd8\x00\x00', b'\xff\xfe\x00\xd8', b'\x00\xd8\x00']
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16-le', 'utf-16', 'utf-32-le']:
    for errors in ['strict', 'surrogateescape', 'surrogatepass', 'replace', 'backslashreplace']:
        for b in blobs:
            t(f'{enc} {errors} {b!r}', lambda: b.decode(enc, errors))

# Round trips.
raw = bytes(range(256))
s = raw.decode('utf-8', 'surrogateescape')
print(len(s), s.encode('utf-8', 'surrogateescape') == raw, ascii(s[120:136]))
s = raw.decode('ascii', 'surrogateescape')
print(len(s), s.encode('ascii', 'surrogateescape') == raw)
for cp in [0xd800, 0xdbff, 0xdc00, 0xdfff]:
    c = chr(cp)
    for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-be']:
        b = c.encode(enc, 'surrogatepass')
        print(hex(cp), enc, b, b.decode(enc, 'surrogatepass') == c)
