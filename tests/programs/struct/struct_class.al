# Struct objects: format and size, the methods, re-initialisation,
# read-only attributes, identity equality, subclasses.
import struct

s = struct.Struct('<ih')
print(type(s), s.format, s.size, repr(s.format))
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2), s.unpack_from(buffer=b'\x01\x00\x00\x00\x02\x00'))
buf = bytearray(8)
s.pack_into(buf, 1, -1, -2)
print(buf)
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 3)))

b = struct.Struct(b'>I')
print(b.format, b.size, b.pack(7))
print(struct.Struct(format='hh').size)

s.__init__('q')
print(s.format, s.size, s.pack(5))

u = struct.Struct.__new__(struct.Struct)
print(repr(u.format), u.size)
try:
    u.pack()
except struct.error as e:
    print('error:', e)

for name, value in [('format', 'i'), ('size', 3), ('other', 1)]:
    try:
        setattr(s, name, value)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    del s.size
except AttributeError as e:
    print('AttributeError:', e)

print(s == struct.Struct('q'), s == s, s != s, hash(s) == hash(s))
print(struct.Struct.format, struct.Struct.size)
print(struct.Struct.pack, struct.Struct.__init__)
print(struct.Struct.pack(struct.Struct('b'), 1))
try:
    struct.Struct.pack(5, 1)
except TypeError as e:
    print('TypeError:', e)


class Record(struct.Struct):
    def __init__(self, fields):
        super().__init__('<' + fields)
        self.fields = fields

    def read(self, data):
        return dict(zip(self.fields, self.unpack(data)))


r = Record('hi')
print(r.format, r.size, r.fields, isinstance(r, struct.Struct), type(r).__name__)
print(r.pack(1, 2), r.read(b'\x01\x00\x02\x00\x00\x00'))
print(list(r.iter_unpack(bytes(12))), r.unpack_from(bytes(7), 1))


class Plain(struct.Struct):
    pass


print(Plain('i').size, Plain('3s').unpack(b'abc'))
try:
    Plain()
except TypeError as e:
    print('TypeError:', e)
for args in [(), ('i', 'h')]:
    try:
        struct.Struct(*args)
    except TypeError as e:
        print('TypeError:', e)
