# The binascii module: its exception classes and functions.
import binascii

print(binascii.Error, binascii.Incomplete)
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__name__, binascii.Error.__module__, binascii.Error.__qualname__)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, ValueError))
print(repr(binascii.Error("x")), repr(binascii.Incomplete("y", 2)))
try:
    raise binascii.Incomplete("more")
except Exception as e:
    print(type(e).__name__, e)
try:
    binascii.a2b_base64("a")
except ValueError as e:
    print(type(e) is binascii.Error, e.args)
for name in ("hexlify", "b2a_hex", "unhexlify", "a2b_hex", "crc32", "crc_hqx",
             "b2a_base64", "a2b_base64", "b2a_uu", "a2b_uu"):
    f = getattr(binascii, name)
    print(name, f.__name__, repr(f))
