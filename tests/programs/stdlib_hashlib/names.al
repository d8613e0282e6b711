# hashlib.new: names in any case, OpenSSL's aliases, data and keywords.
import hashlib

for name in ["md5", "MD5", "Md5", "sha1", "SHA1", "sha-1", "SHA-1", "sha224", "SHA224",
             "sha-224", "sha2-224", "sha256", "SHA256", "sha-256", "sha2-256", "sha384",
             "sha-384", "sha2-384", "sha512", "sha-512", "SHA2-512", "ssl3-md5", "ssl3-sha1"]:
    h = hashlib.new(name, b"abc")
    print(repr(name), h.name, h.digest_size, h.hexdigest()[:16])

print(hashlib.new("sha256", data=b"abc").hexdigest())
print(hashlib.new(name="sha1").hexdigest())
print(hashlib.new("md5", b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA512", bytearray(b"abc")).hexdigest() == hashlib.sha512(b"abc").hexdigest())

print(hashlib.md5.__name__, hashlib.sha512.__name__, hashlib.pbkdf2_hmac.__name__)
print(hashlib.new.__name__)
print(repr(hashlib.md5), repr(hashlib.sha224))
for n in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    print(n, n in hashlib.algorithms_guaranteed, n in hashlib.algorithms_available)
print(type(hashlib.algorithms_guaranteed).__name__, type(hashlib.algorithms_available).__name__)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512", "bogus"}))
for n in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new", "pbkdf2_hmac",
          "file_digest", "algorithms_guaranteed", "algorithms_available"):
    print(n, n in hashlib.__all__, hasattr(hashlib, n))
