# The six algorithms on short inputs: hexdigest, digest, name, sizes.
import hashlib

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)),
          b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128]
for ctor in (hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384, hashlib.sha512):
    h = ctor()
    print(h.name, h.digest_size, h.block_size)
    for data in inputs:
        print(" ", len(data), ctor(data).hexdigest())
    d = ctor(b"abc").digest()
    print(" ", type(d).__name__, len(d), d[:8])

# bytearray and memoryview are bytes-like too
print(hashlib.sha256(bytearray(b"abc")).hexdigest())
print(hashlib.sha256(memoryview(b"xabcx")[1:4]).hexdigest())
print(hashlib.md5(string=b"abc").hexdigest())
print(hashlib.sha1(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.md5(usedforsecurity=0).hexdigest())

# digest() and hexdigest() do not end the computation
h = hashlib.sha1(b"ab")
print(h.hexdigest())
print(h.digest().hex() == h.hexdigest())
h.update(b"c")
print(h.hexdigest() == hashlib.sha1(b"abc").hexdigest())
print(h.update(b"") is None)
