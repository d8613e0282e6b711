# Large inputs fed to update() in chunks of many sizes give the digest of the whole.
import hashlib

data = bytes((i * 7 + (i >> 8) * 13) & 0xFF for i in range(1 << 20))
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
for name in names:
    whole = hashlib.new(name, data).hexdigest()
    print(name, whole)
    for size in (1, 3, 63, 64, 65, 127, 128, 129, 1000, 4096, 65537):
        h = hashlib.new(name)
        if size < 100:
            part = data[: 20000]
            for i in range(0, len(part), size):
                h.update(part[i : i + size])
            ok = h.hexdigest() == hashlib.new(name, part).hexdigest()
        else:
            for i in range(0, len(data), size):
                h.update(data[i : i + size])
            ok = h.hexdigest() == whole
        print(" ", size, ok)

# copy() forks the computation
h = hashlib.sha256(b"prefix-")
forks = []
for word in (b"one", b"two", b"three"):
    c = h.copy()
    c.update(word)
    forks.append(c.hexdigest())
print(forks)
print(h.hexdigest() == hashlib.sha256(b"prefix-").hexdigest())
print(forks[1] == hashlib.sha256(b"prefix-two").hexdigest())
print(type(h.copy()) is type(h), h.copy() is not h, h.copy().name)

# a bytearray that changes between updates
buf = bytearray(b"x" * 1000)
h = hashlib.md5()
for i in range(50):
    buf[i] = i
    h.update(buf)
print(h.hexdigest())

# ten megabytes through update in 1 MiB pieces
big = hashlib.sha512()
block = bytes(range(256)) * 4096
for _ in range(10):
    big.update(block)
print(big.hexdigest())
print(hashlib.sha512(block * 10).hexdigest() == big.hexdigest())
