# The newline modes on read and write, the newlines attribute, and tell() cookies after a lone '\r'.
data = 'a\nb\r\nc\rd\r\r\ne'
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('n.txt', 'w', newline='') as f:
        f.write(data)
    with open('n.txt', newline=nl) as f:
        print(repr(nl), f.readlines(), repr(f.newlines))
    with open('n.txt', newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.newlines))
    with open('n.txt', newline=nl) as f:
        print(repr(nl), repr(f.read(4)), f.tell(), repr(f.readline()), f.tell())
    with open('n.txt', 'w', newline=nl) as f:
        f.write(data)
    with open('n.txt', newline='') as f:
        print(' written', repr(f.read()))
for bad in ['x', 5]:
    try:
        open('n.txt', newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
open('c.txt', 'w', newline='').write('ab\r\ncd\r\nef\rgh\n')
f = open('c.txt')
print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell(), repr(f.read(1)), f.tell(), repr(f.newlines))
f = open('c.txt')
print(repr(f.read(2)), f.tell(), repr(f.read(1)), f.tell())
f.close()
