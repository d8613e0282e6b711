"""The escape codecs of `codecs`: `unicode_escape`, `raw_unicode_escape`
and the bytes-to-bytes `escape_encode`/`escape_decode`, with CPython's
error positions, reasons and error-handler calls."""

from _codecs import lookup_error

_HEX = "0123456789abcdefABCDEF"
_SIMPLE = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
           "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _data(data):
    """The bytes of a decoder's argument (a str is taken as its UTF-8)."""
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _errors(errors):
    return "strict" if errors is None else errors


def decode_error(errors, encoding, data, start, end, reason):
    """Raises or hands a UnicodeDecodeError to the `errors` handler:
    the replacement text and where decoding goes on."""
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    if errors == "strict":
        raise exc
    r = lookup_error(errors)(exc)
    if not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], str) \
            or not isinstance(r[1], int):
        raise TypeError("decoding error handler must return (str, int) tuple")
    pos = r[1]
    if pos < 0:
        pos += len(data)
    if pos < 0 or pos > len(data):
        raise IndexError("position %d from error handler out of bounds" % r[1])
    return r[0], pos


def unicode_escape_encode(str, errors=None):
    """Python's escapes for every character that is not printable ASCII
    (and for the backslash); quotes stay as they are."""
    if not isinstance(str, type("")):
        raise TypeError("unicode_escape_encode() argument 1 must be str, not %s"
                        % type(str).__name__)
    out = []
    for c in str:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 32 <= o < 127:
            out.append(c)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return ("".join(out).encode("ascii"), len(str))


def raw_unicode_escape_encode(str, errors=None):
    """Latin-1 for the first 256 code points, \\uXXXX and \\UXXXXXXXX
    escapes for the others."""
    if not isinstance(str, type("")):
        raise TypeError("raw_unicode_escape_encode() argument 1 must be str, not %s"
                        % type(str).__name__)
    out = bytearray()
    for c in str:
        o = ord(c)
        if o < 0x100:
            out.append(o)
        elif o < 0x10000:
            out += b"\\u%04x" % o
        else:
            out += b"\\U%08x" % o
    return (bytes(out), len(str))


def _hex_run(data, i, n):
    """How many hexadecimal digits (at most n) start at data[i]."""
    k = 0
    while k < n and i + k < len(data) and chr(data[i + k]) in _HEX:
        k += 1
    return k


def _warn(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def unicode_escape_decode(data, errors=None, final=True):
    """Decodes Python's string escapes; other bytes are Latin-1."""
    data = _data(data)
    errors = _errors(errors)
    out = []
    n = len(data)
    i = 0
    name = "unicodeescape"
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 >= n:
            if not final:
                break
            rep, i = decode_error(errors, name, data, i, n, "\\ at end of string")
            out.append(rep)
            continue
        c = chr(data[i + 1])
        if c == "\n":
            i += 2
        elif c in _SIMPLE:
            out.append(_SIMPLE[c])
            i += 2
        elif "0" <= c <= "7":
            j = i + 1
            v = 0
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                v = v * 8 + data[j] - 0x30
                j += 1
            if v > 0o377:
                _warn("invalid octal escape sequence '%s'"
                      % data[i:j].decode("latin-1"))
            out.append(chr(v))
            i = j
        elif c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            k = _hex_run(data, i + 2, width)
            if k < width:
                if not final and i + 2 + k >= n:
                    break
                what = {"x": "\\xXX", "u": "\\uXXXX", "U": "\\UXXXXXXXX"}[c]
                rep, i = decode_error(errors, name, data, i, i + 2 + k,
                                      "truncated %s escape" % what)
                out.append(rep)
                continue
            v = int(data[i + 2:i + 2 + width], 16)
            if v > 0x10FFFF:
                rep, i = decode_error(errors, name, data, i, i + 2 + width,
                                      "illegal Unicode character")
                out.append(rep)
                continue
            out.append(chr(v))
            i += 2 + width
        elif c == "N":
            ch = None
            end = i + 2
            if end < n and data[end] == 0x7B:
                close = data.find(b"}", end + 1)
                if close < 0:
                    if not final:
                        break
                    end = n
                elif close > end + 1:
                    end = close + 1
                    try:
                        import unicodedata
                        ch = unicodedata.lookup(data[i + 3:close].decode("latin-1"))
                    except KeyError:
                        rep, i = decode_error(errors, name, data, i, end,
                                              "unknown Unicode character name")
                        out.append(rep)
                        continue
                else:
                    end += 1
            elif end >= n and not final:
                break
            if ch is None:
                rep, i = decode_error(errors, name, data, i, end,
                                      "malformed \\N character escape")
                out.append(rep)
                continue
            out.append(ch)
            i = end
        else:
            _warn("invalid escape sequence '\\%s'" % c)
            out.append("\\" + c)
            i += 2
    return ("".join(out), i)


def raw_unicode_escape_decode(data, errors=None, final=True):
    """Decodes \\uXXXX and \\UXXXXXXXX escapes (after an odd run of
    backslashes); other bytes are Latin-1."""
    data = _data(data)
    errors = _errors(errors)
    out = []
    n = len(data)
    i = 0
    name = "rawunicodeescape"
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(chr(b))
            i += 1
            continue
        # A run of backslashes escapes a following u or U if it is odd.
        j = i
        while j < n and data[j] == 0x5C:
            j += 1
        k = j - i
        if j >= n and not final:
            out.append("\\" * (k - 1))
            i = j - 1
            break
        if j >= n or chr(data[j]) not in "uU" or k % 2 == 0:
            out.append("\\" * k)
            i = j
            continue
        out.append("\\" * (k - 1))
        i = j - 1
        c = chr(data[j])
        width = 4 if c == "u" else 8
        k = _hex_run(data, i + 2, width)
        if k < width:
            if not final and i + 2 + k >= n:
                break
            what = "\\uXXXX" if c == "u" else "\\UXXXXXXXX"
            rep, i = decode_error(errors, name, data, i, i + 2 + k,
                                  "truncated %s escape" % what)
            out.append(rep)
            continue
        v = int(data[i + 2:i + 2 + width], 16)
        if v > 0x10FFFF:
            rep, i = decode_error(errors, name, data, i, i + 2 + width,
                                  "\\Uxxxxxxxx out of range")
            out.append(rep)
            continue
        out.append(chr(v))
        i += 2 + width
    return ("".join(out), i)


def escape_encode(data, errors=None):
    """Escapes bytes as a bytes literal's body (single quotes escaped)."""
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s"
                        % type(data).__name__)
    out = bytearray()
    for b in data:
        if b == 0x5C:
            out += b"\\\\"
        elif b == 0x27:
            out += b"\\'"
        elif b == 0x09:
            out += b"\\t"
        elif b == 0x0A:
            out += b"\\n"
        elif b == 0x0D:
            out += b"\\r"
        elif 32 <= b < 127:
            out.append(b)
        else:
            out += b"\\x%02x" % b
    return (bytes(out), len(data))


def escape_decode(data, errors=None):
    """Decodes a bytes literal's escapes; unknown escapes stay."""
    data = _data(data)
    errors = _errors(errors)
    out = bytearray()
    n = len(data)
    i = 0
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = chr(data[i + 1])
        if c == "\n":
            i += 2
        elif c in _SIMPLE:
            out.append(ord(_SIMPLE[c]))
            i += 2
        elif "0" <= c <= "7":
            j = i + 1
            v = 0
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                v = v * 8 + data[j] - 0x30
                j += 1
            if v > 0o377:
                _warn("invalid octal escape sequence '%s'"
                      % data[i:j].decode("latin-1"))
            out.append(v & 0xFF)
            i = j
        elif c == "x":
            k = _hex_run(data, i + 2, 2)
            if k == 2:
                out.append(int(data[i + 2:i + 4], 16))
            elif errors == "strict":
                raise ValueError("invalid \\x escape at position %d" % i)
            elif errors == "replace":
                out.append(0x3F)
            elif errors != "ignore":
                raise ValueError("decoding error; unknown error handling code: %s"
                                 % errors)
            i += 2 + k
        else:
            _warn("invalid escape sequence '\\%s'" % c)
            out += b"\\" + c.encode("latin-1")
            i += 2
    return (bytes(out), n)
