"""HMAC (RFC 2104) over `hashlib`'s algorithms, as CPython's `hmac`
module offers it: `new`, `HMAC` (`update`, `copy`, `digest`,
`hexdigest`, `name`, `digest_size`, `block_size`), the one-shot
`digest`, and `compare_digest`, whose time does not depend on where
the inputs differ."""

import hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC computation; `update` feeds it, `digest` reads it."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        cons = _constructor(digestmod)
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed msg to the computation."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of the computation so far."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The HMAC of what was fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The HMAC of what was fed so far, as hexadecimal text."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest, in one call."""
    return HMAC(key, msg, digest).digest()


def _buffer(v):
    if isinstance(v, str):
        return None
    try:
        return memoryview(v).tobytes()
    except TypeError:
        return None


def compare_digest(a, b):
    """a == b, in a time that depends only on the inputs' lengths."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        ba = _buffer(a)
        bb = _buffer(b)
        if ba is None and bb is None:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for value, buf in ((a, ba), (b, bb)):
            if buf is None:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(value).__name__)
        a, b = ba, bb
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
