# The hash types as a program sees them, and hashlib.new for every name.
import hashlib
import _hashlib

for name in ("md5", "sha256", "sha3_256", "shake_128", "blake2b", "blake2s"):
    h = getattr(hashlib, name)()
    t = type(h)
    print(name, t.__name__, t.__module__, t.__qualname__)
print(_hashlib.HASHXOF.__mro__[1] is _hashlib.HASH)
print(isinstance(hashlib.shake_256(), _hashlib.HASH), isinstance(hashlib.blake2b(), _hashlib.HASH))
print(repr(hashlib.sha3_224), repr(hashlib.shake_256), repr(hashlib.blake2b))
print(hashlib.blake2b.__name__, hashlib.blake2s.__module__, hashlib.sha3_512.__name__)
print(repr(hashlib.blake2b()).startswith("<_blake2.blake2b object at 0x"))
print(repr(hashlib.sha3_256()).startswith("<sha3_256 _hashlib.HASH object @ 0x"))
print(repr(hashlib.shake_128()).startswith("<shake_128 _hashlib.HASHXOF object @ 0x"))

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "SHA3-224", "sha3-256", "Sha3-384",
             "SHA3-512", "shake_128", "shake_256", "SHAKE128", "shake-256", "blake2b", "blake2s",
             "blake2b512", "BLAKE2B-512", "blake2s256", "BLAKE2s-256",
             "2.16.840.1.101.3.4.2.8", "2.16.840.1.101.3.4.2.11", "1.3.6.1.4.1.1722.12.2.1.16",
             "SHA3_256", "SHAKE_128", "BLAKE2B", "Blake2s", "sha3", "shake", "keccak-256"]:
    try:
        h = hashlib.new(name, b"abc")
        print(repr(name), type(h).__name__, h.name, h.digest_size, h.block_size,
              h.hexdigest(8) if h.digest_size == 0 else h.hexdigest()[:16])
    except ValueError as e:
        print(repr(name), type(e).__name__, e)

# new() passes BLAKE2's keywords on, and only BLAKE2 takes them.
print(hashlib.new("blake2b", b"abc", digest_size=8, key=b"k").hexdigest())
print(hashlib.new("blake2s", data=b"abc", person=b"me").hexdigest())
print(hashlib.new("blake2b", usedforsecurity=False).digest_size)
for name, kw in [("blake2b", {"string": b"x"}), ("sha3_256", {"digest_size": 3}),
                 ("blake2s", {"digest_size": 99})]:
    try:
        hashlib.new(name, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(_hashlib.new("blake2b").name, type(_hashlib.new("blake2s256")).__name__)
print(_hashlib.new("blake2b512", b"abc").hexdigest() == hashlib.blake2b(b"abc").hexdigest())
try:
    _hashlib.new("SHA3_256")
except ValueError as e:
    print(type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)
for name in hashlib.algorithms_guaranteed:
    assert hashlib.new(name).name == name, name
print(hashlib.file_digest.__name__)
