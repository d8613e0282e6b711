# Files written without close() are seen by a later open(), also in loops that drop thousands of file objects; the last is flushed at exit.
open('u1.txt', 'w').write('written without close\n')
print(repr(open('u1.txt').read()))
f = open('u2.txt', 'w')
f.write('abc')
f = open('u2.txt')
print(repr(f.read()))
def helper():
    h = open('u3.txt', 'w')
    h.write('from a function\n')
helper()
print(open('u3.txt').read(), end='')
for i in range(3000):
    open('u4.txt', 'w').write(str(i))
print(open('u4.txt').read())
open('u5.txt', 'w').write('five')
fs = []
for i in range(300):
    fs.append(open('u5.txt'))
print(len(fs), fs[-1].read())
for f in fs:
    f.close()
last = open('u6.txt', 'w')
last.write('flushed at exit')
