# memoryview over bytes and bytearray.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.contiguous, m.c_contiguous, m.f_contiguous, m.obj, m[::2].contiguous, m[::2].strides)
print(m.tobytes(), m.tolist(), m.hex(), m.hex(':', 2), bytes(m), bytearray(m))
print(m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m != b'x', m == [97])
print(list(m[1:3]), 98 in m, b'b' in m, m[1:][1:][0])
print(hash(m) == hash(b'abcdef'), hash(m[::2]) == hash(b'ace'))
v = memoryview(bytearray(b'xyz'))
print(v.readonly, v.tolist(), v.toreadonly().readonly)
w = memoryview(m)
print(w.tobytes(), w.obj is m.obj)
with memoryview(b'ctx') as c:
    print(c[0], c.tobytes())
t(lambda: c[0])
print(repr(c).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
m.release()
m.release()
t(lambda: len(m))
t(lambda: m.tobytes())
t(lambda: m.format)
print(memoryview(b'').tobytes(), len(memoryview(b'')), memoryview(b'ab').tobytes('C'))
