"""The charmap codec functions of `codecs` (`charmap_encode`,
`charmap_decode`, `charmap_build`, `make_identity_dict`,
`make_encoding_map`) and the single-byte codecs built on them
(`_codecs_tables.al`'s tables)."""

from _codecs import lookup_error
from _codecs_escape import decode_error, _data, _errors
import _codecs_tables


class EncodingMap:
    """An encoding table built from a decoding table: character to byte."""

    def __init__(self, table):
        self._map = {}
        for i, c in enumerate(table):
            self._map[ord(c)] = i


EncodingMap.__module__ = "builtins"


def charmap_build(map):
    """The encoding table of a decoding table (a str): an EncodingMap
    for a compact table, else a dict from code point to byte."""
    if not isinstance(map, str):
        raise TypeError("charmap_build() argument must be str, not %s" % type(map).__name__)
    compact = len(map) > 0 and map[0] == "\x00" and map.count("\x00") == 1 \
        and all(ord(c) < 0x10000 for c in map)
    if compact:
        return EncodingMap(map)
    out = {}
    for i, c in enumerate(map):
        out[ord(c)] = i
    return out


def _decode_one(mapping, b):
    """What byte `b` decodes to, or None when the mapping leaves it
    undefined."""
    if isinstance(mapping, str):
        if b >= len(mapping) or mapping[b] == "\ufffe":
            return None
        return mapping[b]
    try:
        v = mapping[b]
    except LookupError:
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if v < 0 or v > 0x10FFFF:
            raise TypeError("character mapping must be in range(0x110000)")
        if v == 0xFFFE:
            return None
        return chr(v)
    if isinstance(v, str):
        if v == "\ufffe":
            return None
        return v
    raise TypeError("character mapping must return integer, None or str")


def charmap_decode(data, errors=None, mapping=None):
    """Decodes each byte through `mapping` (a str indexed by byte, or a
    mapping to code points or strings; None: Latin-1)."""
    data = _data(data)
    errors = _errors(errors)
    if mapping is None:
        return (data.decode("latin-1"), len(data))
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = _decode_one(mapping, data[i])
        if c is None:
            rep, i = decode_error(errors, "charmap", data, i, i + 1,
                                  "character maps to <undefined>")
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return ("".join(out), n)


def _encode_one(mapping, c):
    """The bytes character `c` encodes to, or None when undefined."""
    if isinstance(mapping, EncodingMap):
        b = mapping._map.get(ord(c))
        return None if b is None else bytes((b,))
    try:
        v = mapping[ord(c)]
    except LookupError:
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if v < 0 or v > 255:
            raise TypeError("character mapping must be in range(256)")
        return bytes((v,))
    if isinstance(v, bytes):
        return v
    raise TypeError("character mapping must return integer, bytes or None, not %s"
                    % type(v).__name__)


def charmap_encode(str, errors=None, mapping=None):
    """Encodes each character through `mapping` (an EncodingMap or a
    mapping from code point to byte or bytes; None: Latin-1)."""
    if not isinstance(str, type("")):
        raise TypeError("charmap_encode() argument 1 must be str, not %s"
                        % type(str).__name__)
    errors = _errors(errors)
    if mapping is None:
        from _codecs import latin_1_encode
        return latin_1_encode(str, errors)
    out = bytearray()
    i = 0
    n = len(str)
    while i < n:
        b = _encode_one(mapping, str[i])
        if b is not None:
            out += b
            i += 1
            continue
        # The run of characters the mapping leaves undefined.
        j = i + 1
        while j < n and _encode_one(mapping, str[j]) is None:
            j += 1
        exc = UnicodeEncodeError("charmap", str, i, j, "character maps to <undefined>")
        if errors == "strict":
            raise exc
        r = lookup_error(errors)(exc)
        if not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], (type(""), bytes)) \
                or not isinstance(r[1], int):
            raise TypeError("encoding error handler must return (str/bytes, int) tuple")
        rep, pos = r
        if isinstance(rep, bytes):
            out += rep
        else:
            for c in rep:
                b = _encode_one(mapping, c)
                if b is None:
                    raise exc
                out += b
        if pos < 0:
            pos += n
        if pos < 0 or pos > n:
            raise IndexError("position %d from error handler out of bounds" % r[1])
        i = pos
    return (bytes(out), n)


def make_identity_dict(rng):
    """A dict mapping each item of `rng` to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of a decoding map; a target reached twice maps to None."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


def find(key):
    """The module name, codec name and decoding table of the charmap
    codec an encoding name (normalized) leads to, or None."""
    mod = _codecs_tables.ALIASES.get(key) or _codecs_tables.ALIASES.get(key.replace(".", "_")) \
        or key
    entry = _codecs_tables.TABLES.get(mod)
    if entry is None:
        return None
    return (mod, entry[0], entry[1])
