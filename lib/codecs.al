"""The codec registry and the codec base classes.

The built-in codecs (UTF-8, UTF-8 with a BOM, UTF-16 and UTF-32 in each
byte order, Latin-1, ASCII; the escape codecs of `_codecs_escape.al`;
the single-byte charmap codecs of `_codecs_charmap.al`) are found first,
as CPython's `encodings` package is searched first; then the search
functions a program registers, whose codecs `str.encode` and
`bytes.decode` use as well. The Unicode codec functions and the error
handler registry are the native `_codecs`; the stream classes are here.
Not here: UTF-7.
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
from _codecs_escape import (
    unicode_escape_encode, unicode_escape_decode,
    raw_unicode_escape_encode, raw_unicode_escape_decode,
    escape_encode, escape_decode,
)
from _codecs_charmap import (
    charmap_build, charmap_decode, charmap_encode, make_identity_dict, make_encoding_map,
)
import _codecs_charmap

__all__ = [
    "register", "lookup", "BOM", "BOM_BE", "BOM_LE",
    "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
    "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "encode", "decode", "iterencode", "iterdecode",
    "StreamWriter", "StreamReader", "StreamReaderWriter", "StreamRecoder",
    "getreader", "getwriter", "open", "EncodedFile",
    "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
    "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error",
]

# The built-in `open`, which this module's `open` hides.
_open = open

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


# ---- the stream classes -------------------------------------------------------------


class StreamWriter(Codec):
    """Writes text to a byte stream through the codec's `encode`."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):
    """Reads text from a byte stream through the codec's `decode`,
    keeping undecoded bytes and unread characters between calls."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """At most `chars` characters (all if negative), reading `size`
        bytes at a time from the stream (all at once if negative)."""
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, used = self.decode(data[:exc.start], self.errors)
                if len(newchars.splitlines(True)) <= 1:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """One line; with `size`, what one read of that many bytes gives
        if it holds no line end."""
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data and data.endswith("\r"):
                # A "\n" may follow.
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(True)
            if lines:
                first = lines[0]
                bare = first.splitlines(False)[0]
                if len(lines) > 1 or first != bare:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = first if keepends else bare
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    """A stream read through a StreamReader and written through a
    StreamWriter."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    """Bytes in one encoding on the outside, another in the stream:
    read data is decoded by Reader and encoded by `encode`; written data
    is decoded by `decode` and encoded by Writer."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        return self.encode(data, self.errors)[0]

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        return self.encode(data, self.errors)[0]

    def readlines(self, sizehint=None):
        data = self.reader.read()
        return self.encode(data, self.errors)[0].splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        return self.encode(data, self.errors)[0]

    def __iter__(self):
        return self

    def write(self, data):
        data = self.decode(data, self.errors)[0]
        return self.writer.write(data)

    def writelines(self, list):
        data = self.decode(b"".join(list), self.errors)[0]
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Opens a file in binary mode, read and written through the codec
    of `encoding` (the plain binary file without one)."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """A StreamRecoder: bytes of `data_encoding` outside, of
    `file_encoding` in `file`."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


_BaseEncoder = IncrementalEncoder
_StreamWriter = StreamWriter
_StreamReader = StreamReader
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

    if final_decode:
        def reader_decode(self, input, errors="strict"):
            return decode_fn(input, errors, False)
    else:
        def reader_decode(self, input, errors="strict"):
            return decode_fn(input, errors)

    return encode_fn, decode, IncrementalEncoder, IncrementalDecoder, reader_decode


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

    def reader_decode(self, input, errors="strict"):
        wide = self.__dict__.get("_state")
        if wide is not None:
            return wide(input, errors, False)
        if len(input) < unit:
            return ("", 0)
        if input[:unit] == bom:
            wide = decode_le
        elif input[:unit] == bom[::-1]:
            wide = decode_be
        else:
            raise UnicodeError("UTF-%d stream does not start with BOM" % (unit * 8))
        self._state = wide
        text, used = wide(input[unit:], errors, False)
        return (text, used + unit)

    return encode_any, decode, IncrementalEncoder, IncrementalDecoder, reader_decode


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

    def reader_decode(self, input, errors="strict"):
        if self.__dict__.get("_state"):
            return utf_8_decode(input, errors, False)
        if len(input) < 3 and BOM_UTF8.startswith(input):
            return ("", 0)
        self._state = True
        if input[:3] == BOM_UTF8:
            text, used = utf_8_decode(input[3:], errors, False)
            return (text, used + 3)
        return utf_8_decode(input, errors, False)

    return encode, decode, IncrementalEncoder, IncrementalDecoder, reader_decode


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
    return _codec_info(name, _MODULES.get(name, name.replace("-", "_")), *parts)


_MODULES = {"iso8859-1": "latin_1"}


def _codec_info(name, modname, encode, decode, ienc, idec, reader_decode):
    """The CodecInfo of a codec found without a search function; its
    stream reader decodes through `reader_decode` (state in the reader's
    `_state`), its stream writer through an incremental encoder; the
    classes are named as CPython's `encodings.<modname>` ones."""

    class StreamWriter(_StreamWriter):
        def encode(self, input, errors="strict"):
            enc = self.__dict__.get("_incremental")
            if enc is None or enc.errors != errors:
                enc = self._incremental = ienc(errors)
            return (enc.encode(input), len(input))

        def reset(self):
            self.__dict__.pop("_incremental", None)

    class StreamReader(_StreamReader):
        decode = reader_decode

        def reset(self):
            _StreamReader.reset(self)
            self.__dict__.pop("_state", None)

    for cls in (StreamWriter, StreamReader, ienc, idec):
        cls.__qualname__ = cls.__name__
        cls.__module__ = "encodings." + modname
    return CodecInfo(encode, decode, streamreader=StreamReader, streamwriter=StreamWriter,
                     incrementalencoder=ienc, incrementaldecoder=idec, name=name)


def _escape_codec(name):
    """unicode-escape or raw-unicode-escape."""
    if name == "unicode-escape":
        enc, dec = unicode_escape_encode, unicode_escape_decode
    else:
        enc, dec = raw_unicode_escape_encode, raw_unicode_escape_decode
    return _codec_info(name, name.replace("-", "_"), *_stateless(enc, dec, True))


def _charmap_codec(modname, name, table):
    """A single-byte codec decoding through `table`."""
    encoding_map = charmap_build(table)

    def encode(input, errors="strict"):
        return charmap_encode(input, errors, encoding_map)

    def decode(input, errors="strict"):
        return charmap_decode(input, errors, table)

    parts = _stateless(encode, decode, False)
    return _codec_info(name, modname, *parts)


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
    charmap = _codecs_charmap.find(key)
    if charmap is not None:
        info = _charmap_codec(charmap[0], charmap[1], charmap[2])
    elif key in ("unicode_escape", "raw_unicode_escape"):
        info = _escape_codec(key.replace("_", "-"))
    else:
        builtin = _codecs._builtin(key)
        if builtin is not None:
            info = _make_builtin(builtin)
    if info is None:
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
