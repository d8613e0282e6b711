# The base64 module's public names, and bytes_types in isinstance checks.
import base64
import binascii

print(base64.__all__)
for name in base64.__all__:
    f = getattr(base64, name)
    print(name, callable(f), f.__name__ == name)
print(base64.binascii is binascii)
print(isinstance(b"", base64.bytes_types), isinstance(bytearray(), base64.bytes_types),
      isinstance(memoryview(b""), base64.bytes_types))
from base64 import *
print(b64encode(b"star"), b32decode(b32encode(b"star")), a85decode(a85encode(b"star")))
print(base64.b64encode.__doc__.splitlines()[0])
