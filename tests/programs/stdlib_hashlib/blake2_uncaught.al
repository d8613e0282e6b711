# An uncaught BLAKE2 parameter error.
import hashlib

h = hashlib.blake2s(b"data", digest_size=16)
print(h.hexdigest())
hashlib.blake2s(b"data", salt=b"much too long a salt")
