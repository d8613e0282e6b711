# print(file=...) with files, objects with write/flush, None, and closed or read-only files.
f = open('p.txt', 'w')
print('a', 1, 2.5, None, [1, 'x'], sep='-', end='!\n', file=f)
print(file=f)
print('x', 'y', file=f, flush=True)
print(*range(5), sep=', ', file=f)
f.close()
print(repr(open('p.txt').read()))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
w = W()
print('hello', 'world', 42, file=w, flush=True)
print(w.parts)
print('to none', file=None)
try:
    print('x', file=5)
except AttributeError as e:
    print(e)
g = open('p.txt')
try:
    print('x', file=g)
except Exception as e:
    print(type(e).__name__, e)
g.close()
try:
    print('x', file=g)
except ValueError as e:
    print(e)
print(open('p.txt', 'a').write('tail'))
print(repr(open('p.txt').read()))
