# The is* predicates.
names = ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper']
samples = [b'', b'abc', b'ABC', b'Abc', b'abc1', b'123', b' \t\n\x0b\x0c\r', b'\x1c', b'Hello World',
           b'Hello world', b'\xe9', b'A1 B2', b'aB', b'_', b'HELLO1']
for s in samples:
    print(s, [getattr(s, n)() for n in names])
    print(bytearray(s) == s, [getattr(bytearray(s), n)() for n in names])
try:
    b'a'.isalpha(1)
except Exception as e:
    print(type(e).__name__, e)
