# Indexing gives ints; slicing gives bytes or bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 1

b = b'abcdefgh'
a = bytearray(b)
for s in (b, a):
    t(lambda: s[0])
    t(lambda: s[-1])
    t(lambda: s[Idx()])
    t(lambda: s[True])
    t(lambda: s[2:5])
    t(lambda: s[::2])
    t(lambda: s[::-1])
    t(lambda: s[-3:])
    t(lambda: s[5:2])
    t(lambda: s[1:7:3])
    t(lambda: s[100:])
    t(lambda: s[8])
    t(lambda: s[-9])
    t(lambda: s['x'])
    t(lambda: s[1.0])
    t(lambda: s[::0])
    t(lambda: s[2**70])
