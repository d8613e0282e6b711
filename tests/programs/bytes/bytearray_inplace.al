# += and *= on bytearrays (in place) and on bytes (new objects).
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

a = bytearray(b'ab')
alias = a
a += b'cd'
a += bytearray(b'e')
a += memoryview(b'f')
print(a, alias, a is alias)
a *= 2
print(a, a is alias)
a *= 0
print(a, alias)
b = b'x'
c = b
b += b'y'
b *= 2
print(b, c)
def f1():
    x = bytearray(b'a')
    x += [1]
t(f1)
def f2():
    x = bytearray(b'a')
    x += 's'
t(f2)
def f3():
    x = bytearray(b'a')
    x *= 'x'
t(f3)
def f4():
    x = b'a'
    x += 'b'
t(f4)
