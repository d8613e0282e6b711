# BLAKE2's tree-hashing parameters change the digest as CPython's do.
import hashlib

for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor.__name__)
    base = dict(fanout=2, depth=2, leaf_size=4096, inner_size=ctor.MAX_DIGEST_SIZE)
    leaves = []
    for i, data in enumerate([b"leaf zero", b"leaf one"]):
        h = ctor(data, node_offset=i, node_depth=0, last_node=(i == 1), **base)
        leaves.append(h.digest())
        print(" leaf", i, h.hexdigest()[:32])
    root = ctor(node_offset=0, node_depth=1, last_node=True, **base)
    for leaf in leaves:
        root.update(leaf)
    print(" root", root.hexdigest())
    for kw in [dict(fanout=0), dict(fanout=255), dict(depth=255), dict(leaf_size=2**32 - 1),
               dict(node_depth=255), dict(inner_size=0), dict(inner_size=7), dict(last_node=True),
               dict(last_node=1), dict(last_node=""), dict(node_offset=12345)]:
        print(" ", kw, ctor(b"x", **kw).hexdigest()[:24])
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:24])
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest()[:24])
print(hashlib.blake2b(digest_size=True).digest_size)
