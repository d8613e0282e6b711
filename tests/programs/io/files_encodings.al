# UTF-8, Latin-1 and ASCII files, error handlers, decoding errors where CPython's 8192-byte chunks meet them.
open('b.txt', 'w', encoding='latin-1').write('abc\nd\xe9f\n')
f = open('b.txt')
try:
    for l in f:
        print(repr(l))
except UnicodeDecodeError as e:
    print('E', e)
f = open('b.txt')
try:
    print(f.readline())
except Exception as e:
    print(type(e).__name__, e)
print(repr(open('b.txt', errors='replace').read()), repr(open('b.txt', errors='ignore').read()))
print(repr(open('b.txt', encoding='latin-1').read()))
print(repr(open('b.txt', encoding='iso-8859-1').read()))
print(repr(open('b.txt', encoding='L1')))
try:
    open('b.txt', encoding='ascii').read()
except Exception as e:
    print(type(e).__name__, e)
for enc, s in [('ascii', 'aé'), ('latin-1', 'a€b'), ('latin-1', 'ab\U0001F600'), ('ascii', 'xx\u1234\u1235yy')]:
    f = open('e.txt', 'w', encoding=enc)
    try:
        f.write(s)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)
    for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        f = open('e.txt', 'w', encoding=enc, errors=h)
        f.write(s)
        f.close()
        print(h, repr(open('e.txt', encoding='latin-1').read()))
try:
    open('e.txt', encoding='nope')
except LookupError as e:
    print(e)
f = open('e.txt', 'w', encoding='ascii', errors='nope')
try:
    f.write('é')
except LookupError as e:
    print(e)
f.close()
with open('u.txt', 'w') as f:
    f.write('h\u00e9llo w\u00f6rld \u20ac \U0001F600\n')
with open('u.txt') as f:
    print(f.read(7), f.tell(), f.read(), f.tell())
big = 'x' * 8190 + 'é' + 'abc\n' + 'y' * 9000 + '\n'
with open('big.txt', 'w') as f:
    f.write(big)
with open('big.txt') as f:
    lines = f.readlines()
    print(len(lines), [len(l) for l in lines])
with open('big.txt') as f:
    print(len(f.read(8191)), f.tell(), repr(f.read(4)), f.tell())
with open('big.txt', 'w', encoding='latin-1') as f:
    f.write('a' * 8195 + '\xff\n')
with open('big.txt') as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(e)
with open('big.txt') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
with open('big.txt') as f:
    f.seek(100)
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
