"""The codec registry and the codec base classes.

The built-in codecs (UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 in each
byte order, Latin-1, ASCII) are found first, as CPython's `encodings`
package is searched first; then the search functions a program
registers, whose codecs `str.encode` and `bytes.decode` use as well. The
codec functions and the error handler registry are the native `_codecs`.
Not here: the stream classes (`StreamReader`, `StreamWriter`,
`StreamReaderWriter`, `StreamRecoder`, `EncodedFile`, `open`,
`getreader`, `getwriter`), the escape and charmap codecs and UTF-7.
"""

import _codecs
from _codecs import (
    ascii_decode, ascii_encode, latin_1_decode, latin_1_encode,
    utf_8_decode, utf_8_encode, utf_16_decode, utf_16_encode,
    utf_16_le_decode, utf_16_le_encode, utf_16_be_decode, utf_16_be_encode,
    utf_32_decode, utf_32_encode, utf_32_le_decode, utf_32_le_encode,
    utf_32_be_decode, utf_32_be_encode,
    register_error, lookup_error, strict_errors, ignore_errors, replace_errors,
    backslashreplace_errors, xmlcharrefreplace_errors, namereplace_errors,
)

__all__ = [
    "register", "lookup", "BOM", "BOM_BE", "BOM_LE",
    "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
    "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "encode", "decode", "iterencode", "iterdecode",
    "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
    "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error",
]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
# The platform's order is little-endian on every target alc has.
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions and classes; as a tuple, the first four."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """The stateless encoder and decoder interface."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input in pieces, keeping state between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder keeping the input `_buffer_encode` leaves."""

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        text = self.buffer + input
        result, used = self._buffer_encode(text, self.errors, final)
        self.buffer = text[used:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input in pieces, keeping state between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder keeping the bytes `_buffer_decode` leaves
    (an incomplete character) for the next call."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


_BaseEncoder = IncrementalEncoder
_BaseDecoder = IncrementalDecoder


# ---- the built-in codecs ------------------------------------------------------------


def _stateless(encode_fn, decode_fn, final_decode):
    """The encode and decode functions and incremental classes of a codec
    without state between pieces (beyond an incomplete character)."""

    if final_decode:
        def decode(input, errors="strict"):
            return decode_fn(input, errors, True)
    else:
        decode = decode_fn

    class IncrementalEncoder(_BaseEncoder):
        def encode(self, input, final=False):
            return encode_fn(input, self.errors)[0]

    if final_decode:
        class IncrementalDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode_fn(input, errors, final)
    else:
        class IncrementalDecoder(_BaseDecoder):
            def decode(self, input, final=False):
                return decode_fn(input, self.errors)[0]

    return encode_fn, decode, IncrementalEncoder, IncrementalDecoder


def _with_bom(bom, encode_any, encode_le, decode_le, decode_be, unit):
    """UTF-16 or UTF-32 with a BOM: written first, and read to choose the
    byte order."""

    def decode(input, errors="strict"):
        return (utf_16_decode if unit == 2 else utf_32_decode)(input, errors, True)

    class IncrementalEncoder(_BaseEncoder):
        def __init__(self, errors="strict"):
            _BaseEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            if self._started:
                return encode_le(input, self.errors)[0]
            self._started = True
            return encode_any(input, self.errors)[0]

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started else 2

        def setstate(self, state):
            self._started = not state

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._decoder = None

        def _buffer_decode(self, input, errors, final):
            if self._decoder is not None:
                return self._decoder(input, errors, final)
            if len(input) < unit:
                if final:
                    return decode_le(input, errors, True)
                return ("", 0)
            if input[:unit] == bom:
                self._decoder = decode_le
            elif input[:unit] == bom[::-1]:
                self._decoder = decode_be
            else:
                raise UnicodeError("UTF-%d stream does not start with BOM" % (unit * 8))
            # The first piece is decoded with its BOM, so error positions
            # count from it.
            return (utf_16_decode if unit == 2 else utf_32_decode)(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._decoder = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self._decoder is None:
                return (state, 2)
            return (state, 0 if self._decoder is decode_le else 1)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            order = state[1]
            if order == 0:
                self._decoder = decode_le
            elif order == 1:
                self._decoder = decode_be
            else:
                self._decoder = None

    return encode_any, decode, IncrementalEncoder, IncrementalDecoder


def _utf_8_sig():
    def encode(input, errors="strict"):
        return (BOM_UTF8 + utf_8_encode(input, errors)[0], len(input))

    def decode(input, errors="strict"):
        prefix = 0
        if input[:3] == BOM_UTF8:
            input = input[3:]
            prefix = 3
        text, used = utf_8_decode(input, errors, True)
        return (text, used + prefix)

    class IncrementalEncoder(_BaseEncoder):
        def __init__(self, errors="strict"):
            _BaseEncoder.__init__(self, errors)
            self._first = True

        def encode(self, input, final=False):
            if self._first:
                self._first = False
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            self._first = True

        def getstate(self):
            return 1 if self._first else 0

        def setstate(self, state):
            self._first = bool(state)

    class IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._first = True

        def _buffer_decode(self, input, errors, final):
            if not self._first:
                return utf_8_decode(input, errors, final)
            if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                return ("", 0)
            self._first = False
            if input[:3] == BOM_UTF8:
                text, used = utf_8_decode(input[3:], errors, final)
                return (text, used + 3)
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._first = True

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)
            return (state[0], 1 if self._first else 0)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            self._first = bool(state[1])

    return encode, decode, IncrementalEncoder, IncrementalDecoder


def _make_builtin(name):
    if name == "utf-8":
        parts = _stateless(utf_8_encode, utf_8_decode, True)
    elif name == "iso8859-1":
        parts = _stateless(latin_1_encode, latin_1_decode, False)
    elif name == "ascii":
        parts = _stateless(ascii_encode, ascii_decode, False)
    elif name == "utf-8-sig":
        parts = _utf_8_sig()
    elif name == "utf-16":
        parts = _with_bom(BOM_UTF16_LE, utf_16_encode, utf_16_le_encode,
                          utf_16_le_decode, utf_16_be_decode, 2)
    elif name == "utf-32":
        parts = _with_bom(BOM_UTF32_LE, utf_32_encode, utf_32_le_encode,
                          utf_32_le_decode, utf_32_be_decode, 4)
    else:
        fns = {
            "utf-16-le": (utf_16_le_encode, utf_16_le_decode),
            "utf-16-be": (utf_16_be_encode, utf_16_be_decode),
            "utf-32-le": (utf_32_le_encode, utf_32_le_decode),
            "utf-32-be": (utf_32_be_encode, utf_32_be_decode),
        }[name]
        parts = _stateless(fns[0], fns[1], True)
    encode, decode, ienc, idec = parts
    return CodecInfo(encode, decode, incrementalencoder=ienc,
                     incrementaldecoder=idec, name=name)


# ---- the registry -------------------------------------------------------------------

_search_functions = []
_cache = {}


def register(search_function):
    """Registers a function that maps a normalized encoding name to a
    CodecInfo, or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregisters a search function (and forgets the codecs found)."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _normalize(name):
    """The name search functions get: lower case, each run of characters
    other than ASCII letters, digits and '.' one '_', none at the ends."""
    out = []
    gap = False
    for c in name:
        if c.isascii() and (c.isalnum() or c == "."):
            if gap and out:
                out.append("_")
            gap = False
            out.append(c.lower())
        else:
            gap = True
    return "".join(out)


def lookup(encoding):
    """The CodecInfo of `encoding`: a built-in codec, else the first a
    registered search function gives."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % ("None" if encoding is None else type(encoding).__name__))
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    builtin = _codecs._builtin(key)
    if builtin is not None:
        info = _make_builtin(builtin)
    else:
        for f in _search_functions:
            info = f(key)
            if info is None:
                continue
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


_codecs._set_lookup(lookup)


def _wrapped(e, what, encoding):
    """CPython's wrapping of an error a codec raised: the same built-in
    type, naming the codec; Unicode errors and program classes pass."""
    t = type(e)
    if isinstance(e, UnicodeError) or t.__module__ != "builtins" or len(e.args) > 1:
        return e
    return t("%s with '%s' codec failed (%s: %s)" % (what, encoding, t.__name__, e))


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except Exception as e:
        w = _wrapped(e, "encoding", encoding)
        if w is e:
            raise
        raise w from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except Exception as e:
        w = _wrapped(e, "decoding", encoding)
        if w is e:
            raise
        raise w from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object, integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes the strings of `iterator` incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes the bytes of `iterator` incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output
