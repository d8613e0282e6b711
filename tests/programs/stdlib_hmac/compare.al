import hmac
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest(b'a', b'ab'))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('', ''), hmac.compare_digest(bytearray(b'x'), b'x'))
print(hmac.compare_digest(memoryview(b'xy'), b'xy'))
for a, b in [(1, 1), ('a', '\u00e9'), ('a', b'a'), (b'a', 'a')]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(e)
for a, b in [('a', 1), (1, 'a'), (b'a', 1), (1, b'a')]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(e)
