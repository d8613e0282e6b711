# Corners found by random testing against CPython.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# Argument conversion order: bounds and counts before the needle.
t(lambda: b'ab'.count(-1, 0, memoryview(b'b')))
t(lambda: b'ab'.find((1,), 'x'))
t(lambda: b'ab'.split((b'a',), b'b'))
t(lambda: b'ab'.hex((), 'x'))
t(lambda: b'ab'.hex([1], 1))
t(lambda: b'ab'.hex(bytearray(b'-')))
t(lambda: b'ab'.hex(memoryview(b'-')))
t(lambda: b'ab'.hex(None))
# Slot wrappers.
t(lambda: b'ab'.__add__(1))
t(lambda: b'ab'.__mul__())
t(lambda: b'ab'.__mul__(1.5))
t(lambda: b'ab'.__rmul__('x'))
t(lambda: bytearray(b'ab').__imul__('x'))
t(lambda: b'ab'.__eq__(bytearray(b'ab')))
t(lambda: bytearray(b'ab').__eq__(b'ab'))
t(lambda: b'ab'.__eq__(memoryview(b'ab')))
t(lambda: b'a' < memoryview(b'b'))
t(lambda: bytearray(b'a') < memoryview(b'b'))
# Slice assignment.
x = bytearray(b'abcdef')
x[::2] = b''
print(x)
for v in [None, 5, 'x', 1.5, object(), True]:
    y = bytearray(b'abc')
    try:
        y[0:1] = v
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(type(v)), '?'))
# Codecs: empty input, registry codecs' wrapped errors, None in messages.
t(lambda: b''.decode('nope'))
t(lambda: ''.encode('nope'))
t(lambda: b'\xff\xff\xff\xff\xff'.decode('utf-16-le', 'bogus'))
t(lambda: b'\xff\xff\xff\xff\xff'.decode('utf-16', 'bogus'))
t(lambda: b'\xff\xff\xff\xff\xff'.decode('utf_8', 'bogus'))
t(lambda: b'\xff\xff\xff\xff\xff'.decode('U8', 'bogus'))
t(lambda: b'\xff\xff\xff'.decode('utf-32-le', 'xmlcharrefreplace'))
t(lambda: b'\xff'.decode('utf-8-sig', 'xmlcharrefreplace'))
t(lambda: '\xe9'.encode('646', 'bogus'))
t(lambda: b'a'.decode(None))
t(lambda: 'a'.encode(None))
t(lambda: bytes('a', None))
t(lambda: b'a'.ljust(3, None))
t(lambda: bytes.fromhex(None))
# % formatting words.
t(lambda: b'%f' % 'x')
t(lambda: b'%i' % 'x')
t(lambda: b'%u' % 'x')
t(lambda: b'%.*s' % (2 ** 70, b'x'))
t(lambda: b'abc' % memoryview(b'z'))
t(lambda: b'abc' % range(3))
# memoryview contiguity.
t(lambda: memoryview(b'')[::2].cast('B'))
t(lambda: (memoryview(b'abc')[1:2:5].contiguous, memoryview(b'')[::2].contiguous))
