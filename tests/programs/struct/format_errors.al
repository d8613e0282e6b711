# Format strings CPython refuses, and the sizes it accepts at the limit.
import struct


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for fmt in ['z', '3', 'i3', '3 i', 'i 3', '<n', '>N', '!P', '=P', 'i!', '!<i', '@@i',
            'i\0', 'z\0', b'\xff', 'é', '', '  ', '\ti\n', '999999999999999999999i',
            '9999999999999999999i', '2305843009213693951i', '2305843009213693952i',
            '9223372036854775807s', '9223372036854775808s', '9223372036854775806sb',
            '9223372036854775807sb', '@b9223372036854775806q', '0x', 'Z']:
    show(struct.calcsize, fmt)

for bad in [5, None, 1.5, ['i'], bytearray(b'i'), memoryview(b'i')]:
    show(struct.calcsize, bad)
    show(struct.pack, bad)
    show(struct.Struct, bad)


class S(str):
    pass


show(struct.calcsize, S('ii'))
show(struct.Struct, 'é')
show(struct.pack, 'é')
struct._clearcache()
print(struct.calcsize('i'))
