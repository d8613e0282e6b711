# Conversions of packed values: __index__, bools, __float__, __bool__, and
# what happens when they fail.
import struct


def show(fmt, v):
    try:
        print(fmt, struct.pack(fmt, v))
    except Exception as e:
        print(fmt, type(e).__name__ + ':', e)


class Index:
    def __index__(self):
        return 7


class BadIndex:
    def __index__(self):
        raise ValueError('bad index')


class StrIndex:
    def __index__(self):
        return 'x'


class Float:
    def __float__(self):
        return 2.5


class BadFloat:
    def __float__(self):
        raise ValueError('bad float')


class Truth:
    def __bool__(self):
        raise ValueError('bad bool')


class Int(int):
    pass


for v in [Index(), BadIndex(), StrIndex(), Float(), BadFloat(), True, Int(9), 1.0, '1', None]:
    for fmt in ['i', '>q', 'Q', 'P', 'd', 'e']:
        show(fmt, v)
for v in [Truth(), [], [0], '', 'a', None, 0.0, Index()]:
    show('?', v)
