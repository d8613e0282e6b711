# Writing through a memoryview of a bytearray.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'abcdef')
m = memoryview(a)
m[0] = 65
m[-1] = 70
print(a)
m[1:3] = b'XY'
print(a)
m[::2] = bytearray(b'123')
print(a)
s = m[2:5]
s[0] = 0
print(a, s.tolist())
h = memoryview(bytearray(4)).cast('h')
h[0] = -2
h[1] = 300
print(h.tolist(), h.obj)
d = memoryview(bytearray(8)).cast('d')
d[0] = 1.5
print(d[0], d.obj)
c = memoryview(bytearray(2)).cast('c')
c[0] = b'z'
print(c.obj)
def set_(v, k, x):
    v[k] = x
t(lambda: set_(memoryview(b'ab'), 0, 1))
t(lambda: set_(m, 0, 256))
t(lambda: set_(m, 0, b'a'))
t(lambda: set_(m, 10, 1))
t(lambda: set_(m, slice(0, 2), b'abc'))
t(lambda: set_(h, 0, 70000))
t(lambda: set_(h, 0, 'x'))
t(lambda: set_(c, 0, b'ab'))
t(lambda: set_(c, 0, 1))
t(lambda: set_(m, 'x', 1))
def d_():
    del m[0]
t(d_)
