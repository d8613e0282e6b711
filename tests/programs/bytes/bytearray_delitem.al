# Deleting items and slices of bytearrays.
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'abcdefghij')
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
a = bytearray(b'abcdefghij')
del a[::-3]
print(a)
del a[5:1]
print(a)
del a[:]
print(a, len(a))
def d1():
    del a[0]
t(d1)
def d2():
    x = bytearray(b'x')
    del x['x']
t(d2)
def d3():
    x = b'x'
    del x[0]
t(d3)
