# Byte-string literals in every form.
print(b'', B"", b'abc', B'ABC')
print(rb'\n\x00', br'\d', Rb"raw", bR'x\'y')
print(b'\n\t\r\\\'\"\a\b\f\v\0')
print(b'\x00\x7f\x80\xff', b'\101\102\777', b'\1\12\123')
print(b'''tri
ple''', b"""quote's""")
print(b'con' b"cat" rb'\enation')
print(b'\
continued')
print(b'\N{x}', b'\u1234', b'\q')
print(len(b'\x00' * 3), type(b'x').__name__)
x = (b'a'
     b'b')
print(x)
