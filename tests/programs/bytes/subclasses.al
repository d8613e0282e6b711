# Subclasses of bytes and bytearray keep the built-in layout: every
# operation accepts them, methods return the built-in types as CPython's,
# bytearray's in-place operations keep the subclass.
class B(bytes):
    def hi(self):
        return self.upper()
b = B(b'abc')
print(b, repr(b), b.hi(), isinstance(b, bytes), len(b), b[0], b[1:], type(b).__name__)
print(b + b'x', b == b'abc', hash(b) == hash(b'abc'), b'b' in b, list(b), bytes(b), b.decode())
print(b.split(b'b'), b'-'.join([b, b]), b.hex(), memoryview(b).tolist(), b * 2, b'%s!' % b)
print({b: 1}[b'abc'], sorted([B(b'z'), b]), str(b), b.startswith(b'a'), b.find(b'c'))
class BA(bytearray):
    def twice(self):
        return self + self
x = BA(b'xy')
x.append(65)
x += b'!'
x[0] = 122
print(x, type(x).__name__, x.twice(), len(x), x.pop(), x, bytes(x), x == b'zyA')
del x[0]
x.extend([1, 2])
print(x, x.decode('latin-1'), x.find(b'A'), x[::-1])
class V(bytes):
    def __new__(cls, n):
        return super().__new__(cls, b'v' * n if isinstance(n, int) else n)
print(V(3), type(V(3)).__name__, V.fromhex('4142'), type(V.fromhex('4142')).__name__)
import struct
print(struct.unpack('<H', B(b'\x01\x02')), int.from_bytes(B(b'\x01\x00'), 'little'))
print(B(b'ab').__class__, B.__mro__)
b2 = B(b'q')
b2.tag = 5
print(b2.tag, b2.__dict__, vars(b2))
class BA2(bytearray):
    def __init__(self, n):
        super().__init__(b'k' * n)
        self.n = n
y = BA2(3)
print(y, y.n, len(y), BA2.__mro__, isinstance(y, bytearray))
class NoInit(bytearray):
    def __init__(self, *a):
        pass
print(NoInit(b'abc'))
print(B.maketrans(b'a', b'b'), bytes.__new__(B, b'zz'), type(bytes.__new__(B, b'zz')).__name__)
