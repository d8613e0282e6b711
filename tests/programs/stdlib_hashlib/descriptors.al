# The hash types' methods belong to their types: calling one on another
# kind of hash object fails as in CPython; the objects' basics.
import hashlib
import _hashlib

b = hashlib.blake2b(b"x")
m = hashlib.md5(b"x")
s = hashlib.shake_128(b"x")
for f in (lambda: _hashlib.HASH.digest(b), lambda: _hashlib.HASHXOF.digest(m, 3),
          lambda: hashlib.blake2b.digest(m), lambda: hashlib.blake2s.update(b, b"y"),
          lambda: hashlib.blake2b.copy(hashlib.blake2s())):
    try:
        f()
    except TypeError as e:
        print(e)
print(_hashlib.HASH.hexdigest(m) == m.hexdigest(), hashlib.blake2b.hexdigest(b) == b.hexdigest())
print(len(_hashlib.HASH.digest(s)), len(_hashlib.HASH.digest(hashlib.shake_256())))
print(_hashlib.HASHXOF.hexdigest(s, 4) == s.hexdigest(4))
print(m.update(b"y"), b.update(b"y"), s.update(b"y"))
print(m.digest() == m.digest(), b.hexdigest() == b.hexdigest(), s.digest(9) == s.digest(9))
print(type(b.copy()) is hashlib.blake2b, type(s.copy()) is _hashlib.HASHXOF)
print(hashlib.blake2b.name, hashlib.blake2b.digest_size)
print(isinstance(b, hashlib.blake2b), isinstance(b, hashlib.blake2s), type(b) == type(hashlib.blake2b()))
for t in (_hashlib.HASH, _hashlib.HASHXOF, hashlib.blake2b, hashlib.blake2s):
    try:
        t.something = 1
    except TypeError as e:
        print(e)
try:
    _hashlib.HASH()
except TypeError as e:
    print(e)
try:
    hashlib.blake2b.__new__(hashlib.blake2s)
except TypeError as e:
    print(e)
print(hashlib.blake2s.__new__(hashlib.blake2s, b"abc").hexdigest()[:16])
