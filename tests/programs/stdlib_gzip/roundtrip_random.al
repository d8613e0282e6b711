import gzip
import io
import random

rng = random.Random(7)
for trial in range(12):
    size = rng.choice([0, 1, 10, 1000, 50000, 200000])
    data = bytes(rng.randrange(256) if rng.random() < 0.2 else 97 + rng.randrange(4) for _ in range(size))
    level = rng.randrange(10)
    z = gzip.compress(data, level, mtime=trial)
    assert gzip.decompress(z) == data
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode="wb", compresslevel=level, mtime=trial) as f:
        for i in range(0, len(data), 7777):
            f.write(data[i:i + 7777])
    back = gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())).read()
    print(trial, size, level, len(z), len(b.getvalue()), back == data, hash(z) == hash(bytes(z)))
    print(z[-8:], b.getvalue()[-8:])
