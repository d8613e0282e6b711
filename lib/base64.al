"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 encodings.

Encoders take bytes-like values and return bytes; decoders also take
ASCII-only strings. Base64 and Base16 are the native `binascii`; the
others are written here, with CPython 3.11's results and errors.
Not here: `main` and `test` (the command-line tool).
"""

import binascii

__all__ = [
    "encode",
    "decode",
    "encodebytes",
    "decodebytes",
    "b64encode",
    "b64decode",
    "b32encode",
    "b32decode",
    "b32hexencode",
    "b32hexdecode",
    "b16encode",
    "b16decode",
    "b85encode",
    "b85decode",
    "a85encode",
    "a85decode",
    "standard_b64encode",
    "standard_b64decode",
    "urlsafe_b64encode",
    "urlsafe_b64decode",
]

bytes_types = (bytes, bytearray)

# encode() writes lines of at most MAXLINESIZE characters: MAXBINSIZE bytes each.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """The bytes of a decoder's argument: an ASCII str or a bytes-like value."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError(
            "argument should be a bytes-like object or ASCII string, not %r"
            % s.__class__.__name__
        ) from None


def _encode_input(s):
    """The bytes of an encoder's argument (memoryview's TypeError otherwise)."""
    if isinstance(s, bytes_types):
        return s
    return memoryview(s).tobytes()


# ---- Base64 ---------------------------------------------------------------


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.  This allows an
    application to e.g. generate url or filesystem safe Base64 strings.
    """
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b"+/", altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars must be a bytes-like object or ASCII string of length 2
    which specifies the alternative alphabet used instead of the '+' and '/'
    characters.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded.

    If validate is False (the default), characters that are neither in the
    normal base-64 alphabet nor the alternative alphabet are discarded prior
    to the padding check.  If validate is True, these non-alphabet characters
    in the input result in a binascii.Error.
    """
    data = _decode_input(s)
    if altchars is not None:
        alt = _decode_input(altchars)
        assert len(alt) == 2, repr(alt)
        data = data.translate(bytes.maketrans(alt, b"+/"))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet.

    The result is returned as a bytes object.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the standard alphabet
    are discarded prior to the padding check.
    """
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b"+/", b"-_")
_from_urlsafe = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object to encode.  The result is returned as a
    bytes object.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet.

    Argument s is a bytes-like object or ASCII string to decode.  The result
    is returned as a bytes object.  A binascii.Error is raised if the input
    is incorrectly padded.  Characters that are not in the URL-safe base-64
    alphabet, and are not a plus '+' or slash '/', are discarded prior to the
    padding check.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(_decode_input(s).translate(_from_urlsafe))


# ---- Base32 ---------------------------------------------------------------

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _reverse(alphabet):
    """A table from byte to digit value, -1 for bytes outside `alphabet`."""
    table = [-1] * 256
    for i, c in enumerate(alphabet):
        table[c] = i
    return table


_B32_VALUES = _reverse(_B32)
_B32HEX_VALUES = _reverse(_B32HEX)
# Characters kept of the last 8-character group, by input bytes in it.
_B32_KEEP = {1: 2, 2: 4, 3: 5, 4: 7}
# Bytes kept of the last 5-byte group, by the '=' characters padding it.
_B32_LEFT = {1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _encode_input(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        group = int.from_bytes(bytes(data[i : i + 5]).ljust(5, b"\0"), "big")
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(alphabet[(group >> shift) & 31])
    rest = len(data) % 5
    if rest:
        keep = _B32_KEEP[rest]
        out[keep - 8 :] = b"=" * (8 - keep)
    return bytes(out)


def _b32decode(values, s, casefold=False, map01=None):
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        m = _decode_input(map01)
        assert len(m) == 1, repr(m)
        data = data.translate(bytes.maketrans(b"01", b"O" + m))
    if casefold:
        data = data.upper()
    n = len(data)
    data = data.rstrip(b"=")
    pads = n - len(data)
    out = bytearray()
    for i in range(0, len(data), 8):
        quantum = data[i : i + 8]
        group = 0
        for c in quantum:
            v = values[c]
            if v < 0:
                raise binascii.Error("Non-base32 digit found")
            group = group << 5 | v
        group <<= 5 * (8 - len(quantum))
        out += group.to_bytes(5, "big")
    if pads:
        left = _B32_LEFT.get(pads)
        if left is None:
            raise binascii.Error("Incorrect padding")
        del out[left - 5 :]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like objects using base32 and return a bytes object."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    RFC 3548 allows for optional mapping of the digit 0 (zero) to the
    letter O (oh), and for optional mapping of the digit 1 (one) to
    either the letter I (eye) or letter L (el).  The optional argument
    map01 when not None, specifies which letter the digit 1 should be
    mapped to (when map01 is not None, the digit 0 is always mapped to
    the letter O).  For security purposes the default is None, so that
    0 and 1 are not allowed in the input.

    The result is returned as a bytes object.  A binascii.Error is raised if
    the input is incorrectly padded or if there are non-alphabet
    characters present in the input.
    """
    return _b32decode(_B32_VALUES, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like objects using base32hex and return a bytes object."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    the input is incorrectly padded or if there are non-alphabet
    characters present in the input.
    """
    return _b32decode(_B32HEX_VALUES, s, casefold)


# ---- Base16 ---------------------------------------------------------------


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    Optional casefold is a flag specifying whether a lowercase alphabet is
    acceptable as input.  For security purposes, the default is False.

    The result is returned as a bytes object.  A binascii.Error is raised if
    s is incorrectly padded or if there are non-alphabet characters present
    in the input.
    """
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b"0123456789ABCDEF"):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


# ---- Ascii85 and Base85 ---------------------------------------------------

_A85_FIRST = 33  # '!': digit 0 of Ascii85; 'u' is digit 84
_B85 = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
_B85_VALUES = _reverse(_B85)
_A85_DIGITS = bytes(range(_A85_FIRST, _A85_FIRST + 85))


def _85encode(data, digits, pad, foldnuls, foldspaces):
    """4-byte groups as 5 digits each, the last group padded with zeros
    (and cut back to one digit more than its bytes unless `pad`)."""
    data = _encode_input(data)
    padding = -len(data) % 4
    if padding:
        data = bytes(data) + b"\0" * padding
    out = bytearray()
    last = 0
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i : i + 4], "big")
        last = len(out)
        if foldnuls and word == 0:
            out.append(122)  # 'z'
        elif foldspaces and word == 0x20202020:
            out.append(121)  # 'y'
        else:
            d4 = word % 85
            word //= 85
            d3 = word % 85
            word //= 85
            d2 = word % 85
            word //= 85
            d1 = word % 85
            out.append(digits[word // 85])
            out.append(digits[d1])
            out.append(digits[d2])
            out.append(digits[d3])
            out.append(digits[d4])
    if padding and not pad:
        if out[last:] == b"z":
            out[last:] = digits[0:1] * 5
        del out[len(out) - padding :]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces is an optional flag that uses the special short sequence 'y'
    instead of 4 consecutive spaces (ASCII 0x20) as supported by 'btoa'. This
    feature is not supported by the "standard" Adobe encoding.

    wrapcol controls whether the output should have newline (b'\\n') characters
    added to it. If this is non-zero, each output line will be at most this
    many characters long.

    pad controls whether the input is padded to a multiple of 4 before
    encoding. Note that the btoa implementation always pads.

    adobe controls whether the encoded byte sequence is framed with <~ and ~>,
    which is used by the Adobe implementation.
    """
    out = _85encode(b, _A85_DIGITS, pad, True, foldspaces)
    if adobe:
        out = b"<~" + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i : i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        out = b"\n".join(lines)
    if adobe:
        out += b"~>"
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces is a flag that specifies whether the 'y' short sequence should be
    accepted as shorthand for 4 consecutive spaces (ASCII 0x20). This feature is
    not supported by the "standard" Adobe encoding.

    adobe controls whether the input sequence is in Adobe Ascii85 format (i.e.
    is framed with <~ and ~>).

    ignorechars should be a byte string containing characters to ignore from the
    input. This should only contain whitespace characters, and by default
    contains all whitespace characters in ASCII.

    The result is returned as a bytes object.
    """
    data = _decode_input(b)
    if adobe:
        if not data.endswith(b"~>"):
            raise ValueError(
                "Ascii85 encoded byte sequences must end with {!r}".format(b"~>")
            )
        data = data[2:-2] if data.startswith(b"<~") else data[:-2]
    out = bytearray()
    group = 0
    count = 0
    for x in data:
        if 33 <= x <= 117:
            group = group * 85 + (x - 33)
            count += 1
            if count == 5:
                if group > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += group.to_bytes(4, "big")
                group = 0
                count = 0
        elif x == 122:
            if count:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and x == 121:
            if count:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif x in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % x)
    if count:
        # The missing digits count as the highest one, 'u'.
        padding = 5 - count
        for _ in range(padding):
            group = group * 85 + 84
        if group > 0xFFFFFFFF:
            raise ValueError("Ascii85 overflow")
        out += group.to_bytes(4, "big")[: 4 - padding]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object.

    If pad is true, the input is padded with b'\\0' so its length is a multiple of
    4 bytes before encoding.
    """
    return _85encode(b, _B85, pad, False, False)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b

    The result is returned as a bytes object.
    """
    data = _decode_input(b)
    padding = -len(data) % 5
    data = data + b"~" * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        group = 0
        for j in range(i, i + 5):
            v = _B85_VALUES[data[j]]
            if v < 0:
                raise ValueError("bad base85 character at position %d" % j)
            group = group * 85 + v
        if group > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += group.to_bytes(4, "big")
    if padding:
        del out[len(out) - padding :]
    return bytes(out)


# ---- the MIME forms -------------------------------------------------------


def _check_bytes_like(s):
    """CPython's TypeErrors for an argument that is not 1-D single-byte data."""
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError(
            "expected bytes-like object, not %s" % s.__class__.__name__
        ) from None
    if m.format not in ("c", "b", "B"):
        raise TypeError(
            "expected single byte elements, not %r from %s"
            % (m.format, s.__class__.__name__)
        )
    if m.ndim != 1:
        raise TypeError(
            "expected 1-D, not %d-D data from %s" % (m.ndim, s.__class__.__name__)
        )


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _check_bytes_like(s)
    return b"".join(
        binascii.b2a_base64(s[i : i + MAXBINSIZE])
        for i in range(0, len(s), MAXBINSIZE)
    )


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        # A short read before the end still makes a full line.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
