# HMAC (RFC 2104) built on hashlib's objects: block_size, copy() of padded-key
# states, digest(); RFC 4231's SHA-2 vectors and RFC 2202's MD5/SHA-1 ones.
import hashlib


def hmac(name, key, msg):
    ctor = lambda d=b"": hashlib.new(name, d)
    block = ctor().block_size
    if len(key) > block:
        key = ctor(key).digest()
    key = key.ljust(block, b"\0")
    inner = ctor(bytes(k ^ 0x36 for k in key))
    outer = ctor(bytes(k ^ 0x5C for k in key))
    i = inner.copy()
    i.update(msg)
    o = outer.copy()
    o.update(i.digest())
    return o.hexdigest()


cases = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than "
     b"block-size data. The key needs to be hashed before being used by the HMAC algorithm."),
]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    print(name)
    for key, msg in cases:
        print(" ", hmac(name, key, msg))
# pbkdf2_hmac's first block with one iteration is HMAC(password, salt || 1)
for name in ("md5", "sha256", "sha512"):
    print(hashlib.pbkdf2_hmac(name, b"key", b"salt", 1).hex() == hmac(name, b"key", b"salt\0\0\0\1"))
