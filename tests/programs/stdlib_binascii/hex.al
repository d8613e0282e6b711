# hexlify/b2a_hex with separators, unhexlify/a2b_hex, and their errors.
import binascii


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


data = bytes(range(0, 256, 17))
show(lambda: binascii.hexlify(data))
show(lambda: binascii.b2a_hex(b"\x01\x02\xff"))
show(lambda: binascii.hexlify(b"\x01\x02\xff", "-"))
for per in (1, 2, 3, 4, -1, -2, -3, 0, 100, -100):
    show(lambda: binascii.hexlify(data[:7], b":", per))
show(lambda: binascii.hexlify(b"\x01\x02\xff\x04\x05", sep=":", bytes_per_sep=-2))
show(lambda: binascii.hexlify(data=b"ab"))
show(lambda: binascii.hexlify(b"ab", bytes_per_sep=2))
show(lambda: binascii.hexlify(b"", "-"))
show(lambda: binascii.hexlify(bytearray(b"ab"), "\xff"))
show(lambda: binascii.hexlify(memoryview(b"abcd")[1:3]))
show(lambda: binascii.hexlify("ab"))
show(lambda: binascii.hexlify(1))
show(lambda: binascii.hexlify(b"ab", "xx"))
show(lambda: binascii.hexlify(b"ab", ""))
show(lambda: binascii.hexlify(b"ab", "\u0101"))
show(lambda: binascii.hexlify(b"ab", 1))
show(lambda: binascii.hexlify(b"ab", None))
show(lambda: binascii.hexlify(b"ab", bytearray(b"-")))
show(lambda: binascii.hexlify(b"ab", "-", 2**40))
show(lambda: binascii.hexlify(b"ab", "-", 1.5))
show(lambda: binascii.hexlify())
show(lambda: binascii.hexlify(b"a", ":", 1, 2))
show(lambda: binascii.hexlify(b"abc", sep="-", foo=2))

show(lambda: binascii.unhexlify(b"0aFf"))
show(lambda: binascii.unhexlify("0aFf"))
show(lambda: binascii.a2b_hex(bytearray(b"00ff7f")))
show(lambda: binascii.a2b_hex(memoryview(b"xx0102")[2:]))
show(lambda: binascii.unhexlify(""))
show(lambda: binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
show(lambda: binascii.unhexlify("0aF"))
show(lambda: binascii.unhexlify("0aFg"))
show(lambda: binascii.unhexlify("0 "))
show(lambda: binascii.unhexlify("\xe90"))
show(lambda: binascii.unhexlify(1))
show(lambda: binascii.unhexlify(None))
show(lambda: binascii.unhexlify(hexstr="00"))
show(lambda: binascii.a2b_hex())
show(lambda: binascii.a2b_hex(b"a", b"b"))
try:
    binascii.unhexlify("zz")
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, binascii.Error))
