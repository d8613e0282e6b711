# read(n), readline(n), readlines(hint), tell/seek over multi-byte text, r+/a+/w+ modes, truncate, writelines, next().
with open('t.txt', 'w') as f:
    f.write('héllo\nwörld\nlast')
f = open('t.txt')
print(f.tell(), repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.readline(3)), f.tell())
f.seek(0)
print(repr(f.read()), f.tell(), repr(f.read()), repr(f.readline()))
f.seek(2)
try:
    print(repr(f.read()))
except Exception as e:
    print(type(e).__name__, e)
f.seek(0)
for line in f:
    try:
        print(f.tell())
    except Exception as e:
        print(type(e).__name__, e)
print(f.tell())
f.seek(0)
print(f.readlines(8))
f.seek(0)
print(f.readlines(0), f.readlines(-1))
f.close()
f = open('t.txt', 'r+')
print(f.read(2))
f.write('ZZ')
print(f.tell())
f.seek(0)
print(repr(f.read()))
f.close()
f = open('t.txt', 'a+')
print(f.tell(), repr(f.read()))
f.seek(0)
print(repr(f.read(3)))
f.write('END')
f.seek(0)
print(repr(f.read()))
f.close()
f = open('t.txt', 'w+')
f.write('abc')
print(repr(f.read()))
f.seek(0)
print(repr(f.read()))
print(f.seek(0, 2), f.tell(), f.truncate(1), f.tell())
f.seek(0)
print(repr(f.read()))
f.close()
with open('t.txt', 'w') as f:
    print(f.writelines(['a\n', 'b\n', 'c']))
with open('t.txt') as f:
    print(list(f))
    print(f.newlines)
with open('t.txt') as f:
    print(next(f), end='')
    print(f.readline(), end='')
    print(repr(next(f)))
    try:
        next(f)
    except StopIteration:
        print('stop')
    print(f.tell())
