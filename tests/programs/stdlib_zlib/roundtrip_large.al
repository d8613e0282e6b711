import random
import zlib

rng = random.Random(1234)
for size in [0, 1, 100, 5000, 70000, 300000]:
    noise = rng.getrandbits(8 * 512).to_bytes(512, "little")
    data = b"".join(noise[: rng.randrange(1, 64)] + b"A" * rng.randrange(1, 200) for _ in range(size // 100 + 1))[:size]
    for level in [0, 1, 6, 9]:
        z = zlib.compress(data, level)
        assert zlib.decompress(z) == data
        print(size, level, len(z), zlib.crc32(z), zlib.adler32(z))
big = b"abcdefghij" * 200000
z = zlib.compress(big)
print(len(z), zlib.crc32(z))
print(zlib.decompress(z, bufsize=1) == big, zlib.decompress(z, bufsize=10**6) == big)
d = zlib.decompressobj()
print(len(d.decompress(z)), d.eof)
