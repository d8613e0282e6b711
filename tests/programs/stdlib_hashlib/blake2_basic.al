# hashlib.blake2b and blake2s: digests, sizes, keys, salts, personalisation.
import hashlib

for ctor in (hashlib.blake2b, hashlib.blake2s):
    h = ctor()
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h = ctor(b"abc")
    print(h.hexdigest())
    print(ctor(b"abc", digest_size=16).hexdigest())
    print(ctor(b"abc", digest_size=1).digest())
    print(ctor(b"message", key=b"secret key").hexdigest())
    print(ctor(b"message", salt=b"salty").hexdigest())
    print(ctor(b"message", person=b"me").hexdigest())
    print(ctor(b"message", key=b"k", salt=b"s", person=b"p", digest_size=20).hexdigest())
    print(ctor(bytearray(b"abc")).hexdigest() == ctor(memoryview(b"abc")).hexdigest())
    print(ctor(b"", key=b"").hexdigest() == ctor().hexdigest())
    print(ctor(usedforsecurity=False).digest_size)

# Sizes at the limits.
print(hashlib.blake2b(key=b"k" * 64, salt=b"s" * 16, person=b"p" * 16).hexdigest())
print(hashlib.blake2s(key=b"k" * 32, salt=b"s" * 8, person=b"p" * 8).hexdigest())
print(hashlib.blake2b(digest_size=64).digest_size, hashlib.blake2s(digest_size=32).digest_size)

# update, copy and digest do not disturb each other.
h = hashlib.blake2b(digest_size=32, key=b"key")
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest())
print(c.hexdigest())
c.update(b"part two")
print(c.hexdigest() == h.hexdigest(), c.digest_size, c.name)
print(h.digest() == h.digest(), len(h.digest()))
print(hashlib.blake2b(b"part one, part two", digest_size=32, key=b"key").hexdigest() == h.hexdigest())

# The constants of the types and of _blake2.
B, S = hashlib.blake2b, hashlib.blake2s
print(B.MAX_DIGEST_SIZE, B.MAX_KEY_SIZE, B.SALT_SIZE, B.PERSON_SIZE)
print(S.MAX_DIGEST_SIZE, S.MAX_KEY_SIZE, S.SALT_SIZE, S.PERSON_SIZE)
print(B().MAX_KEY_SIZE, S().SALT_SIZE)
import _blake2
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_SALT_SIZE,
      _blake2.BLAKE2B_PERSON_SIZE)
print(_blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_SALT_SIZE,
      _blake2.BLAKE2S_PERSON_SIZE)
print(_blake2.blake2b is hashlib.blake2b, _blake2.blake2s is hashlib.blake2s)
