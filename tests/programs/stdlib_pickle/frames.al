# Protocol 4 and 5 frames: small pickles, 64 KiB frames, large bytes and
# str written between frames.
import pickle
import hashlib

print(pickle.dumps(None, 4), pickle.dumps(1, 4), pickle.dumps(300, 4), pickle.dumps("ab", 4))
big = [str(i) for i in range(15000)]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data.count(b"\x95\x00\x00\x01\x00"), hashlib.sha256(data).hexdigest())
    assert pickle.loads(data) == big
    mixed = ["x" * 66000, b"y" * 66000, bytearray(66000), "small", b"s"]
    data = pickle.dumps(mixed, proto)
    print(proto, len(data), data[:30], hashlib.sha256(data).hexdigest())
    assert pickle.loads(data) == mixed
