# io.BytesIO.
import io

b = io.BytesIO(b'hello\nworld')
print(type(b).__name__, b.read(2), b.readline(), b.tell(), b.getvalue())
print(b.seek(0, 2), b.write(b'!!'), b.getvalue(), b.seek(0), list(b))
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(10)
b.write(b'x')
print(b.getvalue())
b.seek(0)
print(b.readlines(), b.read(), b.readable(), b.writable(), b.seekable())
b.close()
print(b.closed)
try:
    b.getvalue()
except Exception as e:
    print(type(e).__name__, e)
print(io.BytesIO().read(), io.BytesIO(b'ab').read(-1), io.BytesIO(b'abc').readlines(), io.BytesIO(b'abc').read(None))
print(io.BytesIO(bytearray(b'ba')).getvalue(), io.BytesIO(initial_bytes=b'kw').read())
with io.BytesIO() as q:
    q.write(b'a')
    q.write(bytearray(b'b'))
    print(q.closed, q.getvalue())
print(q.closed)
for bad in [lambda: io.BytesIO('x'), lambda: io.BytesIO().write('s'),
            lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3),
            lambda: q.read()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
r = io.BytesIO(b'a\nb\nc')
for line in r:
    print(line)
print(r.read(), r.tell())
r.seek(2)
print(r.read(1), r.readline(0), r.readline(-1))
