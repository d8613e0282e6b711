# SHA-3 and SHAKE: digests, attributes, extendable output.
import hashlib

for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h = ctor(b"abc")
    print(h.hexdigest())
    h.update(b"def")
    c = h.copy()
    c.update(b"ghi")
    print(h.hexdigest()[:20], c.hexdigest()[:20], ctor(b"abcdefghi").hexdigest() == c.hexdigest())
    print(len(h.digest()), ctor(string=b"abc").hexdigest() == ctor(b"abc").hexdigest())
    print(ctor(b"a" * 1000).hexdigest()[:32])

for name in ("shake_128", "shake_256"):
    ctor = getattr(hashlib, name)
    h = ctor(b"abc")
    print(name, h.name, h.digest_size, h.block_size)
    print(h.hexdigest(16))
    print(h.hexdigest(40))
    print(h.digest(5), h.digest(0), repr(h.hexdigest(0)), h.digest(length=3))
    print(h.hexdigest(300) [-16:], len(h.digest(1000)))
    print(h.digest(20) == h.digest(40)[:20])
    c = h.copy()
    c.update(b"more")
    print(c.hexdigest(8), h.hexdigest(8), type(c).__name__)
    print(ctor().hexdigest(32))

for call in (lambda h: h.digest(), lambda h: h.hexdigest(), lambda h: h.digest(-1),
             lambda h: h.digest(2**64), lambda h: h.hexdigest("4"), lambda h: h.digest(4.0),
             lambda h: h.digest(None), lambda h: h.digest(1, 2), lambda h: h.digest(size=3)):
    try:
        print(call(hashlib.shake_128(b"x")))
    except Exception as e:
        print(type(e).__name__, e)
try:
    hashlib.sha3_256().digest(3)
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.sha3_256("text")
except TypeError as e:
    print("TypeError", e)
