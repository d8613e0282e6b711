# memoryview.cast to the native formats.
data = bytes(range(1, 17))
for f in 'BbchHiIlLqQfd':
    m = memoryview(data).cast(f)
    print(f, m.format, m.itemsize, len(m), m.nbytes, m.shape, m.tolist()[:3])
neg = memoryview(b'\xff\xfe\x80\x7f\x00\x00\x00\x80' * 2)
for f in 'bhHiIqQ':
    print(f, neg.cast(f).tolist())
fl = memoryview(b'\x00\x00\x80\x3f\x00\x00\x00\xc0').cast('f')
print(fl.tolist(), fl[1])
d = memoryview(bytes(8)).cast('d')
print(d.tolist())
back = memoryview(data).cast('i').cast('B')
print(back.tolist() == list(data), back.format)
print(memoryview(data).cast('@H')[0], memoryview(data).cast('B', [16]).shape)
print(memoryview(data).cast('c')[0], memoryview(data).cast('c').tolist()[:2])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: memoryview(b'abc').cast('i'))
t(lambda: memoryview(b'abcd').cast('h').cast('i'))
t(lambda: memoryview(b'abcd')[::2].cast('B'))
t(lambda: memoryview(b'ab').cast('x'))
t(lambda: memoryview(b'ab').cast('<h'))
t(lambda: memoryview(b'ab').cast(1))
t(lambda: memoryview(b'abcd').cast('h') == b'abcd')
t(lambda: hash(memoryview(b'abcd').cast('h')))
