"""Secure hashes and message digests.

MD5, SHA-1, the SHA-2 family (sha224, sha256, sha384, sha512), the SHA-3
family (sha3_224, sha3_256, sha3_384, sha3_512), the SHAKE
extendable-output functions (shake_128, shake_256: `digest(length)`,
`hexdigest(length)`) and BLAKE2 (blake2b, blake2s, with the keyword
parameters `digest_size`, `key`, `salt`, `person`, `fanout`, `depth`,
`leaf_size`, `node_offset`, `node_depth`, `inner_size` and `last_node`).
Each constructor returns a hash object with `update()`, `digest()`,
`hexdigest()`, `copy()` and the attributes `name`, `digest_size` and
`block_size`; `new(name, data=b'')` names the algorithm (OpenSSL's names
and aliases too); `pbkdf2_hmac` derives keys; `file_digest` hashes a
binary file.

The hashes are native (`_hashlib` and `_blake2`, over the RustCrypto
implementations and `blake2b_simd`/`blake2s_simd`). Not here: `scrypt`,
and the algorithms only some OpenSSL builds provide (ripemd160, sm3,
sha512_224, sha512_256, md5-sha1), which `new` refuses as it refuses any
unknown name.
"""

import _hashlib
import _io
from _blake2 import blake2b, blake2s
from _hashlib import openssl_md5 as md5
from _hashlib import openssl_sha1 as sha1
from _hashlib import openssl_sha224 as sha224
from _hashlib import openssl_sha256 as sha256
from _hashlib import openssl_sha384 as sha384
from _hashlib import openssl_sha512 as sha512
from _hashlib import openssl_sha3_224 as sha3_224
from _hashlib import openssl_sha3_256 as sha3_256
from _hashlib import openssl_sha3_384 as sha3_384
from _hashlib import openssl_sha3_512 as sha3_512
from _hashlib import openssl_shake_128 as shake_128
from _hashlib import openssl_shake_256 as shake_256
from _hashlib import pbkdf2_hmac

__always_supported = (
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "blake2b",
    "blake2s",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
)

__all__ = __always_supported + (
    "new",
    "algorithms_guaranteed",
    "algorithms_available",
    "pbkdf2_hmac",
    "file_digest",
)

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

# CPython's hashlib takes these two from `_blake2`, never from OpenSSL,
# so that `new` passes them the BLAKE2 keyword parameters.
__blake2 = {"blake2b": blake2b, "blake2s": blake2s}


def __hash_new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in __blake2:
        return __blake2[name](data, **kwargs)
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
