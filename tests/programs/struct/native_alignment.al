# Native mode aligns each item to its size; standard modes never pad.
import struct

formats = ['bh', 'bi', 'bq', 'bd', 'be', 'bf', 'b?', 'hb', 'ib', 'cq',
           'bhbqbd', '3s0d', '5s0q', 'b0i', 'c0h', 'xh', 'x3xi', '?e', 'ih0i',
           'b2hq', 'ebhd', 'sq', 'pi', 'hhhhb', 'qb', 'bl', 'lb']
for f in formats:
    print(f, struct.calcsize(f), struct.calcsize('@' + f), struct.calcsize('=' + f),
          struct.calcsize('<' + f), struct.calcsize('!' + f))
for f in ['bP', 'bn', 'bN', 'hP', 'iNb']:
    print(f, struct.calcsize(f), struct.calcsize('@' + f))

print(struct.pack('bi', 1, 2))
print(struct.pack('@bhbqbd', 1, 2, 3, 4, 5, 6.0))
print(struct.pack('=bhbqbd', 1, 2, 3, 4, 5, 6.0))
print(struct.pack('b0i', 1), struct.pack('bh0q', 1, 2))
print(struct.unpack('bxhxxi', b'\x01\x00\x02\x00\x00\x00\x00\x00\x03\x00\x00\x00'))
print(struct.unpack('@bi', b'\x07\xff\xff\xff\x05\x00\x00\x00'))
