# open() in text mode: write, read back, append, iterate, attributes, repr, with, and the errors of a missing or existing file.
f = open('x.txt', 'w')
print(repr(f))
print(f.name, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
print(f.write('héllo\n'))
try:
    f.read()
except Exception as e:
    print(type(e), repr(e), e.args, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
print(repr(f), f.closed)
try:
    f.write('x')
except ValueError as e:
    print(e)
with open('x.txt') as g:
    print(repr(g.read()))
print(g.closed)
with open('x.txt', 'a') as g:
    g.write('more\nlines\n')
for line in open('x.txt'):
    print(repr(line))
print(open('x.txt').readlines())
try:
    open('nonexistent.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.strerror, e.filename, e.args)
try:
    open('x.txt', 'x')
except FileExistsError as e:
    print(e)
open('y.txt', 'w').write('data')
print(open('y.txt').read())
try:
    with open('x.txt', 'w') as f:
        f.write('inside')
        raise KeyError('boom')
except KeyError as e:
    print('caught', e, f.closed)
print(open('x.txt').read())
with open('x.txt', 'r+') as f:
    print(f.read(), f.tell())
    f.seek(0)
    f.write('IN')
    print(f.tell())
    f.seek(0)
    print(f.read())
print(f.closed, repr(f))
f = open('x.txt')
del f
