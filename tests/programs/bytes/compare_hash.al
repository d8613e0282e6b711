# Comparisons and hashing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b'a' < b'b', b'ab' < b'a', b'' < b'\x00', b'abc' == b'abc', b'a' != b'a')
print(b'a' <= b'a', b'b' >= b'a', b'b' > b'ab')
print(bytearray(b'a') == b'a', b'a' == bytearray(b'a'), bytearray(b'a') < b'b')
print(b'a' == 'a', b'a' != 'a', b'1' == 1, b'' == None)
print(b'a' == memoryview(b'a'), bytearray(b'x') == memoryview(b'x'))
print(hash(b'') == 0, hash(b'abc') == hash('abc'), hash(b'\xe9') == hash('\xe9'))
print(hash(b'hello world, a longer byte string'))
print(hash(b'abc'), hash(b'\x00\x01'))
t(lambda: b'a' < 'a')
t(lambda: b'a' < 1)
t(lambda: bytearray(b'a') >= [])
t(lambda: hash(bytearray(b'a')))
s = {b'a', b'b', b'a'}
print(sorted(s), len(s))
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, list(d))
print(sorted([b'b', b'a', b'', b'ab']), max(b'x', b'y'), min(bytearray(b'q'), b'r'))
