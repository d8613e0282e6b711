# Views whose items are not adjacent: what reads them whole, and what
# refuses them as CPython's consumers of simple buffers do.
import hashlib
import io
import struct
import binascii

data = bytes(range(24))
nc = memoryview(data)[::2]
nc2 = memoryview(data).cast("B", [6, 4])[::2]
c2 = memoryview(data).cast("B", [6, 4])
for v in (nc, nc2, c2):
    print(v.c_contiguous, bytes(v)[:6], bytearray(v)[:3], v.tobytes()[-3:], v.hex()[:8])


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for name, v in [("nc", nc), ("nc2", nc2), ("c2", c2)]:
    print(name)
    t("  join", lambda: b"".join([v])[:4])
    t("  concat", lambda: (b"" + v)[:4])
    t("  bytearray +", lambda: (bytearray() + v)[:4])
    t("  find", lambda: b"abc".find(v))
    t("  in", lambda: v in b"abc")
    t("  split", lambda: b"a c".split(v))
    t("  replace", lambda: b"ace".replace(v, b""))
    t("  write", lambda: io.BytesIO().write(v))
    t("  unpack", lambda: struct.unpack("%dB" % v.nbytes, v)[:3])
    t("  hexlify", lambda: binascii.hexlify(v)[:6])
    t("  str()", lambda: str(v, "latin-1")[:2])
    t("  sha256", lambda: hashlib.sha256(v).hexdigest()[:8])
    t("  blake2b", lambda: hashlib.blake2b(v, digest_size=4).hexdigest())
    t("  md5 update", lambda: hashlib.md5().update(v))
    t("  int.from_bytes", lambda: int.from_bytes(v, "big") % 1000)
    t("  %b", lambda: (b"%b" % v)[:4])
    t("  ==", lambda: v == v.tobytes())

m = memoryview(bytearray(12))
m[:6] = nc[:6]
m[6:] = memoryview(bytes(range(6)))[::-1]
print(m.tobytes())
