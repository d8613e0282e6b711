# BLAKE2's argument checks, their messages and their order.
import hashlib

B, S = hashlib.blake2b, hashlib.blake2s


def t(f, *args, **kwargs):
    try:
        h = f(*args, **kwargs)
        print("ok", h.hexdigest()[:16])
    except Exception as e:
        print(type(e).__name__, e)


for ctor in (B, S):
    t(ctor, digest_size=0)
    t(ctor, digest_size=ctor.MAX_DIGEST_SIZE + 1)
    t(ctor, digest_size=-1)
    t(ctor, key=b"k" * (ctor.MAX_KEY_SIZE + 1))
    t(ctor, salt=b"s" * (ctor.SALT_SIZE + 1))
    t(ctor, person=b"p" * (ctor.PERSON_SIZE + 1))
    t(ctor, fanout=-1)
    t(ctor, fanout=256)
    t(ctor, depth=0)
    t(ctor, depth=256)
    t(ctor, leaf_size=-1)
    t(ctor, leaf_size=2**32)
    t(ctor, node_offset=-1)
    t(ctor, node_depth=-1)
    t(ctor, node_depth=256)
    t(ctor, inner_size=-1)
    t(ctor, inner_size=ctor.MAX_DIGEST_SIZE + 1)
t(S, node_offset=2**48)
t(B, node_offset=2**64)
t(B, leaf_size=2**64)

# Conversion errors.
t(B, digest_size=2**70)
t(B, digest_size="64")
t(B, digest_size=32.0)
t(B, fanout=1.5)
t(B, leaf_size="x")
t(B, node_offset=1.0)
t(B, key="text")
t(B, salt=None)
t(B, person=5)

# Data errors and arguments.
t(B, "text")
t(B, 1)
t(B, None)
t(B, data=b"abc")
t(B, string=b"abc")
t(B, b"a", b"b")
t(B, bogus=1)


class Bad:
    def __bool__(self):
        raise RuntimeError("no truth here")


t(B, last_node=Bad())
t(S, usedforsecurity=Bad())

# Which check wins when several fail: the conversions in parameter
# order, then the range checks, then the data.
t(B, "text", digest_size=0, key=b"k" * 65)
t(B, "text", key=b"k" * 65, salt=b"s" * 17)
t(B, "text", salt=b"s" * 17, person=b"p" * 17)
t(B, "text", person=b"p" * 17, fanout=256)
t(B, "text", fanout=256, depth=0)
t(B, "text", depth=0, leaf_size=2**32)
t(B, "text", leaf_size=2**32, node_depth=256)
t(B, "text", node_depth=256, inner_size=65)
t(B, "text", inner_size=65, key=b"k" * 65)
t(B, "text", key=b"k" * 65)
t(B, digest_size=0, key="text")
t(B, digest_size="x", key="text")
t(S, node_offset=2**48, node_depth=256)
t(S, leaf_size=2**32, node_offset=2**48)

# Methods.
h = B()
for call in (lambda: h.update(), lambda: h.update(b"a", b"b"), lambda: h.update(data=b"x"),
             lambda: h.update("text"), lambda: h.update(3), lambda: h.digest(1),
             lambda: h.hexdigest(b""), lambda: h.copy(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    B.digest(hashlib.md5())
except TypeError as e:
    print("TypeError", e)
try:
    B.MAX_DIGEST_SIZE = 3
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(B):
        pass
except TypeError as e:
    print("TypeError", e)
