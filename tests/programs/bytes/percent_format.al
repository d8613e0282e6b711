# %-formatting of bytes.
class Bt:
    def __bytes__(self):
        return b'<Bt>'

print(b'%d %i %u' % (1, -2, True))
print(b'%s|%b|%r|%a' % (b'bytes', bytearray(b'ba'), 'str\xe9', b'x'))
print(b'%5.2f|%-4d|%+x|%o|%e|%g|%%|%c|%c' % (3.14159, 5, 255, 8, 1.5, 2.5, 65, b'z'))
print(b'%#x %#o %X %05d %-5s| %5s|' % (255, 8, 255, -3, b'ab', b'cd'))
print(b'%(a)s and %(b)d' % {b'a': b'A', b'b': 2})
print(b'%s' % Bt(), b'%s' % memoryview(b'mv'))
print(b'%.1s|%.3r|%*d|%.*f' % (b'xyz', 'abcdef', 5, 3, 2, 3.14159))
print(b'%d' % 2 ** 70, b'%x' % -255, b'%d' % 3.7)
print(b'%s' % b'single', b'%r' % ([1, 'a'],), b'no args' % ())
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%d') % 1).__name__)
print(b'%F %E %G' % (1.0, 12345.678, 0.00001234))
print(b'abc' % [1], b'%c' % 0)
