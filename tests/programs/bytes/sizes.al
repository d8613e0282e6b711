# Sizes from the program are checked before allocating: MemoryError, OverflowError.
for f in [lambda: b'%*s' % (2**40, b'x'), lambda: b'%*d' % (2**40, 1), lambda: b'x'.center(2**40), lambda: b'x' * 2**40, lambda: bytes(2**40), lambda: bytearray(2**40), lambda: b'\t'.expandtabs(2**40)]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO()
b.seek(2**40)
try:
    b.write(b'x')
except Exception as e:
    print(type(e).__name__, e)
b.seek(2**62)
print(b.tell())
