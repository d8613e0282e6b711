# Setting or deleting attributes of built-in objects, which have no
# __dict__: read-only data descriptors, methods, and unknown names.
import array
import struct

cases = [
    ([], 'append'), ({}, 'get'), ('s', 'upper'), (1, 'real'), (1.5, 'imag'),
    (range(3), 'start'), (slice(1), 'stop'), (array.array('i'), 'typecode'),
    (array.array('i'), 'append'), (struct.Struct('i'), 'size'),
    (struct.Struct('i'), 'pack'), (5, 'foo'), ([], 'foo'),
]
for obj, name in cases:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print('set', type(obj).__name__, name, '->', e)
    try:
        delattr(obj, name)
    except AttributeError as e:
        print('del', type(obj).__name__, name, '->', e)
