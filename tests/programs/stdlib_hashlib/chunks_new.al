# Feeding data in pieces gives the same digests as feeding it whole.
import hashlib

data = bytes(range(256)) * 37
for name in sorted(hashlib.algorithms_guaranteed):
    whole = hashlib.new(name, data)
    parts = hashlib.new(name)
    for size in (1, 7, 64, 127, 128, 129, 200, 1000):
        parts = hashlib.new(name)
        i = 0
        while i < len(data):
            parts.update(data[i:i + size])
            i += size
        if name.startswith("shake"):
            assert parts.hexdigest(20) == whole.hexdigest(20), (name, size)
        else:
            assert parts.hexdigest() == whole.hexdigest(), (name, size)
    print(name, whole.hexdigest(20) if name.startswith("shake") else whole.hexdigest()[:40])
view = memoryview(data)
print(hashlib.blake2s(view[10:20]).hexdigest() == hashlib.blake2s(data[10:20]).hexdigest())
print(hashlib.sha3_256(view.cast("B", [len(data) // 4, 4])).hexdigest() == hashlib.sha3_256(data).hexdigest())
try:
    hashlib.sha3_256(view[::2])
except BufferError as e:
    print("BufferError", e)
