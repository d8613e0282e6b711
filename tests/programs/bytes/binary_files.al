# Binary files: write, read, seek, tell, append, update, iteration.
import os

path = '/tmp/alc_bytes_test_' + str(os.getpid()) + '.bin'
with open(path, 'wb') as f:
    print(type(f).__name__, f.mode, f.name == path, f.write(b'line one\nline two\n'), f.tell())
    print(f.write(bytearray(b'\x00\xff')), f.write(memoryview(b'end')), f.writable(), f.readable())
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.write('text')
    except Exception as e:
        print(type(e).__name__, e)
print(f.closed)
f = open(path, 'rb')
print(f.read(4), f.readline(), f.tell(), f.readline(5), f.read(), f.read())
print(f.seek(0), f.readlines(), f.seek(-3, 2), f.read(10), f.seek(-4, 1), f.read(1))
f.seek(0)
for line in f:
    print(line)
print(f.read(0), f.seekable(), f.isatty())
try:
    f.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
f.close()
for op in [lambda: f.read(), lambda: f.seek(0), lambda: f.tell()]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
with open(path, 'ab') as f:
    print(f.tell(), f.write(b'+'), f.tell(), type(f).__name__)
with open(path, 'r+b') as f:
    print(type(f).__name__)
    f.seek(5)
    f.write(b'ONE')
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.seek(0, 2))
with open(path, 'rb') as f:
    print(list(f))
    for bad in [lambda: f.seek(-1), lambda: f.seek(0, 5)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
for kw in [{'encoding': 'utf-8'}, {'errors': 'strict'}, {'newline': ''}]:
    try:
        open(path, 'rb', **kw)
    except Exception as e:
        print(type(e).__name__, e)
with open(path, 'w') as f:
    f.write('h\xe9llo\n')
with open(path, 'rb') as f:
    data = f.read()
print(data, data.decode())
os.remove(path)
print(os.path.exists(path))
