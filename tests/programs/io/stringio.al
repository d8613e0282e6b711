# io.StringIO: reading, writing past the end, truncate, seek rules, newline modes, closed-state errors, and the io module's names.
import io
s = io.StringIO('hello\nworld\r\nx\ry')
print(type(s), s.tell())
print(repr(s.getvalue()), s.readlines(), s.tell())
s = io.StringIO('abc')
print(s.write('XY'), repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(10)
s.write('Z')
print(repr(s.getvalue()))
s.seek(0)
print(s.truncate(2), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()))
s = io.StringIO(newline=None)
s.write('a\r\nb\rc\n')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline='')
s.write('a\r\nb\rc\n')
print(repr(s.getvalue()), s.readlines(), s.newlines)
s.seek(0)
print(s.readlines())
s = io.StringIO(newline='\r\n')
s.write('a\nb')
print(repr(s.getvalue()))
s = io.StringIO('a\r\nb', newline=None)
print(repr(s.getvalue()), repr(s.newlines))
s = io.StringIO('a\nb')
print(s.newlines, s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.isatty())
for a in [(1, 1), (0, 1), (0, 2), (1, 2), (-1,), (0, 3)]:
    try:
        print(a, s.seek(*a))
    except Exception as e:
        print(a, type(e).__name__, e)
with io.StringIO('q') as s2:
    print(s2.read())
for m in ['read', 'getvalue', 'tell', 'write', 'readable', 'seek', 'readlines', 'isatty', '__iter__', '__next__']:
    try:
        getattr(s2, m)(*(('x',) if m == 'write' else (0,) if m == 'seek' else ()))
    except Exception as e:
        print(m, type(e).__name__, e)
print(s2.closed)
for args, kw in [((5,), {}), (('a',), {'newline': 'x'}), ((), {'newline': 5}), (('a', 'b', 'c'), {}), ((), {'initial_value': 'a', 'newline': None, 'foo': 1})]:
    try:
        io.StringIO(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO('12345')
print(repr(s.read(2)), repr(s.readline(1)), s.tell(), list(s))
try:
    s.write(5)
except TypeError as e:
    print(e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print('unsupported', e)
s = io.StringIO('héllo\nwörld\n')
print(repr(s.read(None)), s.seek(0), repr(s.readline(None)), repr(s.readline(2)), repr(s.readline(-5)))
print(s.seek(0), s.readlines(3), s.tell())
for line in io.StringIO('a\nb\nc'):
    print(repr(line))
out = io.StringIO()
print('x', 1, [2], sep=':', end=';', file=out)
out.writelines(['p', 'q\n'])
print(repr(out.getvalue()))
s = io.StringIO('abc')
s.read()
print(s.truncate(1), s.tell(), repr(s.getvalue()))
s.write('Q')
print(repr(s.getvalue()))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.StringIO.__name__, io.TextIOWrapper.__name__, io.TextIOWrapper.__module__, io.UnsupportedOperation.__module__)
print(io.TextIOWrapper, io.StringIO, io.UnsupportedOperation, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
f = io.open('sio.txt', 'w')
print(f.write('via io.open'), isinstance(f, io.TextIOWrapper))
f.close()
print(open('sio.txt').read())
try:
    open('sio.txt').write('x')
except io.UnsupportedOperation as e:
    print(repr(e))
try:
    open('sio.txt').write('x')
except ValueError as e:
    print('as ValueError', e)
try:
    io.TextIOWrapper()
except TypeError as e:
    print(e)
try:
    s.foo
except AttributeError as e:
    print(e)
try:
    open('sio.txt').foo
except AttributeError as e:
    print(e)
print(io.text_encoding(None), io.text_encoding('x'))
io.StringIO('x').read(1, 2)
