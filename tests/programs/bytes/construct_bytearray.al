# bytearray() constructors and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytearray())
t(lambda: bytearray(3))
t(lambda: bytearray([1, 2, 3]))
t(lambda: bytearray(b'abc'))
t(lambda: bytearray(bytearray(b'x')))
t(lambda: bytearray(memoryview(b'mv')))
t(lambda: bytearray('h\xe9', 'utf-8'))
t(lambda: bytearray(range(3)))
t(lambda: bytearray('a'))
t(lambda: bytearray(-1))
t(lambda: bytearray(1.5))
t(lambda: bytearray([300]))
t(lambda: bytearray(1, 'utf-8'))
a = bytearray(b'abc')
b = bytearray(a)
b[0] = 65
print(a, b, a is b)
a.__init__(b'new')
print(a)
a.__init__()
print(a)
