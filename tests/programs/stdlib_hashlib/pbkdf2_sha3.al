# pbkdf2_hmac with the SHA-3 and BLAKE2 digests (OpenSSL's HMAC pads
# keys to each algorithm's block size).
import hashlib
import io

for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "SHA3-256", "blake2b", "blake2s",
             "blake2b512"):
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 3).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"k" * 200, b"salt", 2, dklen=50).hex())
print(hashlib.pbkdf2_hmac("blake2s", b"k" * 70, b"s", 1, 10).hex())
for name in ("shake_128", "shake_256"):
    try:
        hashlib.pbkdf2_hmac(name, b"p", b"s", 1)
    except ValueError as e:
        print(type(e).__name__, e)

# file_digest with the new algorithms.
data = io.BytesIO(b"file contents " * 1000)
print(hashlib.file_digest(data, "sha3_256").hexdigest())
data.seek(0)
print(hashlib.file_digest(data, hashlib.blake2s).hexdigest())
data.seek(0)
print(hashlib.file_digest(data, lambda: hashlib.blake2b(digest_size=10)).hexdigest())
data.seek(0)
print(hashlib.file_digest(data, "shake_128").hexdigest(12))
