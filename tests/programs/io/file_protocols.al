# Files and StringIOs as values: bound methods, equality, truth, `in`, sorted/enumerate/max over lines, calling the types.
import io
f = open('m.txt', 'w')
print(hasattr(f, 'read'), hasattr(f, 'nope'), callable(f.write))
w = f.write
print(w('abc'), repr(w)[:40])
print(f == f, f != open('m.txt'), type(f).__name__, f.__class__.__name__)
s = io.StringIO()
io.StringIO.write(s, 'unbound')
print(s.getvalue())
print(type(s)('init').read())
try:
    type(f)()
except TypeError as e:
    print(e)
try:
    len(f)
except TypeError as e:
    print(e)
try:
    f[0]
except TypeError as e:
    print(e)
print(bool(f), bool(s))
f.close()
with open('m.txt') as g:
    print('abc' in g)
print(sorted(open('m.txt')))
print(list(enumerate(open('m.txt'))))
print(max(io.StringIO('b\na\nc\n')))
lines = [l.rstrip('\n') for l in io.StringIO('1\n2\n3\n')]
print(lines, sum(int(x) for x in lines))
