# CPython's TypeErrors and ValueErrors for hash objects and constructors.
import hashlib


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


show(lambda: hashlib.md5("text"))
show(lambda: hashlib.sha256(12))
show(lambda: hashlib.sha256(None))
show(lambda: hashlib.sha256([1, 2]))
show(lambda: hashlib.md5(b"a", b"b"))
show(lambda: hashlib.md5(data=b"a"))
show(lambda: hashlib.sha1(b"", True))
show(lambda: hashlib.sha1(string="x"))
show(lambda: hashlib.sha384(foo=1))
h = hashlib.sha256()
show(lambda: h.update("text"))
show(lambda: h.update(3.5))
show(lambda: h.update())
show(lambda: h.update(b"a", b"b"))
show(lambda: h.update(data=b"a"))
show(lambda: h.digest(1))
show(lambda: h.hexdigest(1))
show(lambda: h.copy(1))
show(lambda: type(h)())
show(lambda: setattr(h, "name", "x"))
show(lambda: setattr(h, "digest_size", 3))
show(lambda: setattr(h, "other", 3))
show(lambda: h.nosuch)
show(lambda: hashlib.new("foo"))
show(lambda: hashlib.new(""))
show(lambda: hashlib.new("md5 "))
show(lambda: hashlib.new("sha3_256x"))
show(lambda: hashlib.new(1))
show(lambda: hashlib.new(None))
show(lambda: hashlib.new("md5", "x"))
show(lambda: hashlib.new("md5", 1))
show(lambda: hashlib.new("md5", string=b"x"))
show(lambda: hashlib.new("md5", b"x", foo=1))
show(lambda: hashlib.new("md5", b"x", True))
show(lambda: hashlib.new())
try:
    hashlib.new("nope")
except ValueError as e:
    print(type(e).__name__, e.args, isinstance(e.__context__, ValueError))
show(lambda: hashlib.md5() == hashlib.md5())
h2 = hashlib.md5()
show(lambda: h2 == h2)
show(lambda: hash(h2) == hash(h2))
show(lambda: bool(h2))
