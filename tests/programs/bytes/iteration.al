# Iterating bytes-like objects.
for x in b'ab':
    print(x)
print(list(b'hi'), list(bytearray(b'hi')), list(memoryview(b'hi')))
print(tuple(b''), sum(b'\x01\x02\x03'), sorted(b'cab'), list(reversed(b'abc')))
it = iter(b'xy')
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(type(iter(bytearray())).__name__, type(iter(memoryview(b''))).__name__)
a = bytearray(b'ab')
out = []
for x in a:
    out.append(x)
    if len(a) < 4:
        a.append(120)
print(out, a)
print([c for c in b'\x00\xff'], dict(enumerate(b'ab')), list(zip(b'ab', b'cd')))
x, y = b'xy'
print(x, y, *b'12')
print(any(b'\x00\x00'), all(b'\x01'), bool(b''), bool(b'\x00'), bool(bytearray()))
