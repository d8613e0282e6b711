# struct.error: its class, and an uncaught one's report.
import struct

print(struct.error, struct.error.__name__, struct.error.__module__, struct.error.__qualname__)
print(struct.error.__mro__)
print(issubclass(struct.error, Exception), struct.Struct.__module__, struct.Struct.__name__)
print(sorted(struct.__all__))
print([n for n in dir(struct) if not n.startswith('__')])
try:
    struct.pack('z')
except Exception as e:
    print(type(e) is struct.error, repr(e), e.args)
e = struct.error('custom', 1)
print(e, e.args)
struct.unpack('<i', b'abc')
