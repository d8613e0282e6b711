# fromfile and tofile, with io.BytesIO and a real file.
import array
import io


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


f = io.BytesIO(b'\x01\x00\x02\x00\x03')
x = array.array('h')
x.fromfile(f, 2)
print(x)
show(x.fromfile, f, 1)
print(x)
show(x.fromfile, io.BytesIO(b'\x05\x00'), 2)
print(x)
show(x.fromfile, f, -1)
show(x.fromfile, 5, 1)
show(x.fromfile, f)
show(x.fromfile, f, 'x')
show(x.fromfile, f, 1, 2)
show(x.fromfile, x=1)


class Reader:
    def read(self, n):
        print('read', n)
        return 'abc'


show(x.fromfile, Reader(), 1)
x.fromfile(io.BytesIO(b''), 0)

out = io.BytesIO()
x.tofile(out)
print(out.getvalue())
show(x.tofile, 5)
show(x.tofile)
show(x.tofile, 1, 2)
array.array('i').tofile(5)


class Writer:
    def __init__(self):
        self.sizes = []

    def write(self, b):
        self.sizes.append(len(b))


w = Writer()
array.array('d', [0.0]) .tofile(w)
array.array('B', bytes(150000)).tofile(w)
print(w.sizes)

with open('data.bin', 'wb') as fh:
    array.array('i', range(5)).tofile(fh)
y = array.array('i')
with open('data.bin', 'rb') as fh:
    y.fromfile(fh, 3)
    show(y.fromfile, fh, 5)
print(y)
