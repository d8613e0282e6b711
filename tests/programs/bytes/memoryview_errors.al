# memoryview errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: memoryview())
t(lambda: memoryview('ab'))
t(lambda: memoryview(1))
t(lambda: memoryview(b'ab')[5])
t(lambda: memoryview(b'ab')[-3])
t(lambda: memoryview(b'ab')['x'])
t(lambda: memoryview(b'a') < memoryview(b'b'))
t(lambda: memoryview(b'a') + b'a')
t(lambda: hash(memoryview(bytearray(4))))
t(lambda: memoryview(b'ab').x)
t(lambda: memoryview(b'ab').tobytes('Z'))
t(lambda: memoryview(b'ab').tolist(1))
m = memoryview(b'ab')
m.release()
t(lambda: m[0])
t(lambda: m.tolist())
t(lambda: list(m))
t(lambda: memoryview(m))
print(type(memoryview(b'')).__name__, isinstance(memoryview(b''), memoryview))
