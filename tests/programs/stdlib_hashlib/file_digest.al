# hashlib.file_digest over in-memory and real binary files.
import hashlib
import io

data = bytes(range(256)) * 3000
print(hashlib.file_digest(io.BytesIO(b"abc"), "md5").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.sha1).hexdigest())
print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest() == hashlib.sha256(data).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), lambda: hashlib.new("sha224")).name)

with open("blob.bin", "wb") as f:
    f.write(data)
with open("blob.bin", "rb") as f:
    h = hashlib.file_digest(f, "sha512")
print(h.name, h.hexdigest() == hashlib.sha512(data).hexdigest())
with open("blob.bin", "rb") as f:
    print(hashlib.file_digest(f, "md5", _bufsize=1000).hexdigest() == hashlib.md5(data).hexdigest())

for bad in (io.StringIO("abc"),):
    try:
        hashlib.file_digest(bad, "md5")
    except ValueError as e:
        msg = str(e)
        print(msg[:12], msg.split(" at 0x")[0][-25:], msg.endswith("is not a file-like object in binary reading mode."))
with open("blob.bin", "wb") as f:
    try:
        hashlib.file_digest(f, "md5")
    except ValueError as e:
        print("ValueError", str(e).endswith("binary reading mode."))
try:
    hashlib.file_digest(io.BytesIO(b"abc"), "nope")
except ValueError as e:
    print(e)
