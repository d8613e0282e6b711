# repr of every byte value and the quote choice.
print(bytes(range(256)))
print(bytearray(range(256)))
for i in range(0, 256, 17):
    print(i, repr(bytes([i])), str(bytes([i, i])))
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b"it's"))
print(repr(bytearray(b"'")), repr(bytearray()))
print([b'a', bytearray(b'b')], (b'',), {b'k': b'v'})
print(ascii(b'\xff'), f'{b"x"}', f'{b"x"!r}', '%s %r' % (b'y', b'z'))
print(format(b'ab'), str(bytearray(b'q')))
