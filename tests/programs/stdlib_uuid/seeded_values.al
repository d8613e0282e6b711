import random
import uuid

rng = random.Random(2024)
for _ in range(15):
    u = uuid.UUID(int=rng.getrandbits(128))
    print(u, u.variant, u.version, u.time, u.clock_seq, u.node)
    v = uuid.UUID(bytes=u.bytes, version=rng.randint(1, 5))
    print(v, v.bytes_le.hex(), v.fields[3:5])
