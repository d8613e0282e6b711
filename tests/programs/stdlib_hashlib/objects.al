# The hash object type: its name, module, repr and attributes.
import hashlib

h = hashlib.md5(b"x")
t = type(h)
print(t.__name__, t.__module__, t.__qualname__)
print(repr(t))
r = repr(h)
print(r.split(" @ ")[0], r.endswith(">"), " @ 0x" in r)
print(str(hashlib.sha384()).split(" @ ")[0])
for ctor in (hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha512):
    o = ctor()
    print(type(o) is t, isinstance(o, t), repr(o).split(" @ ")[0])
for attr in ("update", "digest", "hexdigest", "copy", "name", "digest_size", "block_size"):
    print(attr, hasattr(h, attr), attr in dir(h))
print(type(h.name).__name__, type(h.digest_size).__name__)
print(callable(h.update), callable(h.copy))
d = {hashlib.sha1(): 1}
print(len(d))
