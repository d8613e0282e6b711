# Item and slice assignment of bytearrays.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 2

a = bytearray(b'abcdef')
a[0] = 65
a[-1] = 70
a[Idx()] = 67
print(a)
a[1:3] = b'XYZ'
print(a)
a[1:1] = b'__'
print(a)
a[10:] = b'end'
print(a)
a[:2] = []
print(a)
a[0:1] = [1, 2, 3]
print(a)
a[::2] = b'x' * len(a[::2])
print(a)
a[::-1] = bytearray(reversed(a))
print(a)
a[1:4] = memoryview(b'mv!')
print(a)
a[:] = a
print(a)
b = bytearray(b'abc')
b[0:2] = b
print(b)
b[5:1] = b'zz'
print(b)
b = bytearray(b'abcdef')
b[::2] = range(3)
print(b)
t(lambda: b.__setitem__(0, 300))
t(lambda: b.__setitem__(0, 'a'))
t(lambda: b.__setitem__(10, 1))
t(lambda: b.__setitem__('x', 1))
t(lambda: b.__setitem__(slice(0, 1), 5))
t(lambda: b.__setitem__(slice(0, 1), 'x'))
t(lambda: b.__setitem__(slice(0, 1), [300]))
t(lambda: b.__setitem__(slice(0, 1), ['a']))
t(lambda: b.__setitem__(slice(None, None, 2), b'xyz1'))
def bad():
    b[0] = -1
t(bad)
print(b)
def immutable():
    x = b'abc'
    x[0] = 1
t(immutable)
