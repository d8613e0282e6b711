"""Secure hashes and message digests.

MD5, SHA-1 and the SHA-2 family (sha224, sha256, sha384, sha512). Each
constructor returns a hash object (`_hashlib.HASH`) with `update()`,
`digest()`, `hexdigest()`, `copy()` and the attributes `name`,
`digest_size` and `block_size`; `new(name, data=b'')` names the
algorithm; `pbkdf2_hmac` derives keys; `file_digest` hashes a binary file.

The hashes are native (`_hashlib`, over the RustCrypto implementations).
Not here: blake2b, blake2s, the SHA-3 and SHAKE families, scrypt; `new`
refuses their names as it refuses any unknown one.
"""

import _hashlib
import _io
from _hashlib import openssl_md5 as md5
from _hashlib import openssl_sha1 as sha1
from _hashlib import openssl_sha224 as sha224
from _hashlib import openssl_sha256 as sha256
from _hashlib import openssl_sha384 as sha384
from _hashlib import openssl_sha512 as sha512
from _hashlib import pbkdf2_hmac

__all__ = (
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "new",
    "algorithms_guaranteed",
    "algorithms_available",
    "pbkdf2_hmac",
    "file_digest",
)

# The names every build of alc supports (CPython's also lists blake2 and
# SHA-3, which alc does not implement).
algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)


def __hash_new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    try:
        return _hashlib.new(name, data, **kwargs)
    except ValueError:
        # The native table is the only one: an unknown name is final.
        raise ValueError("unsupported hash type " + name)


new = __hash_new
del __hash_new

# The binary file types alc's io has (they read with read(), not readinto()).
_binary_files = (_io.BytesIO, _io.BufferedReader, _io.BufferedRandom)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    binary = isinstance(fileobj, _binary_files) or hasattr(fileobj, "readinto")
    if not (binary and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )
    if hasattr(fileobj, "readinto"):
        buf = bytearray(_bufsize)
        view = memoryview(buf)
        while True:
            n = fileobj.readinto(buf)
            if not n:
                break
            h.update(view[:n])
    else:
        while True:
            chunk = fileobj.read(_bufsize)
            if not chunk:
                break
            h.update(chunk)
    return h
