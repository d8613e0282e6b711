# Protocol 4 and 5 frames: small pickles, 64 KiB frames, large bytes and
# str written between frames.
import pickle
import hashlib

print(pickle.dumps(None, 4), pickle.dumps(1, 4), pickle.dumps(300, 4), pickle.dumps("ab", 4))
big = [str(i) for i in range(40000)]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    starts = [i for i in range(len(data)) if data[i] == 0x95 and i < 20 or data[i:i + 1] == b"\x95" and data[i + 9:i + 10] in (b"M", b"\x8c", b"X")]
    print(proto, len(data), hashlib.sha256(data).hexdigest())
    assert pickle.loads(data) == big
    mixed = ["x" * 70000, b"y" * 70000, bytearray(b"z" * 70000), "small", b"s"]
    data = pickle.dumps(mixed, proto)
    print(proto, len(data), data[:30], hashlib.sha256(data).hexdigest())
    assert pickle.loads(data) == mixed
