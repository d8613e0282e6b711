"""The gzip module: gzip files and streams over zlib.

compress() and decompress() work on bytes (decompress reads every member
of a multi-member stream); GzipFile reads and writes gzip files in
binary modes, open() also in text modes. Written for alc from CPython
3.11's documented behaviour; members are written with CPython's header
(OS byte 255, the file's base name), so output is byte for byte
CPython's for the same mtime.
"""

import io
import os
import struct
import time
import warnings
import zlib

READ, WRITE = 1, 2

# The flag bits of a member header.
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

# How much compressed data a GzipFile reads at a time.
_READ_SIZE = 128 * 1024

# errno.EBADF, for reading a file opened for writing and the reverse.
_EBADF = 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def write32u(output, value):
    """Writes value as an unsigned little-endian 32-bit integer."""
    output.write(struct.pack("<L", value))


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary or text mode.

    filename is a str or bytes name, a path object, or a file object to
    read from or write to. mode is 'r', 'rb', 'a', 'ab', 'w', 'wb', 'x'
    or 'xb' for binary mode, 'rt', 'at', 'wt' or 'xt' for text mode
    (where encoding, errors and newline apply).
    """
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _GzipText(binary_file, encoding, errors, newline)
    return binary_file


def _xfl(compresslevel):
    """The header's extra-flags byte for a compression level."""
    if compresslevel == _COMPRESS_LEVEL_BEST:
        return 2
    if compresslevel == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def _member_header(compresslevel, mtime, fname=b""):
    """A member header: no flags but FNAME when fname is given, OS 255."""
    flags = FNAME if fname else 0
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime),
                         _xfl(compresslevel), 255)
    if fname:
        header += fname + b"\000"
    return header


def _read_exact(fp, n):
    """n bytes of fp, or EOFError if it ends first."""
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _skip_string(fp):
    """Skips a NUL-terminated header field."""
    while True:
        c = fp.read(1)
        if not c:
            raise EOFError(_TRUNCATED)
        if c == b"\000":
            return


def _read_gzip_header(fp):
    """Reads a member header from fp: its mtime, or None at the end."""
    magic = fp.read(2)
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flag & FEXTRA:
        (extra_len,) = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    if flag & FNAME:
        _skip_string(fp)
    if flag & FCOMMENT:
        _skip_string(fp)
    if flag & FHCRC:
        _read_exact(fp, 2)
    return mtime


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compresses data into one gzip member; mtime defaults to now."""
    if mtime == 0:
        # zlib writes the header itself then (OS byte 3).
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, wbits=-15)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _member_header(compresslevel, mtime) + body + trailer


def decompress(data):
    """Decompresses every gzip member of data and joins the results."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\000")


class _Source:
    """A file read through, with room to push back what a member left."""

    def __init__(self, fp):
        self.fp = fp
        self.pushed = b""

    def read(self, n):
        if self.pushed:
            data = self.pushed[:n]
            self.pushed = self.pushed[n:]
            return data
        return self.fp.read(n)

    def unread(self, data):
        self.pushed = data + self.pushed


class _Members:
    """The decompressed data of the members of a gzip file, in chunks."""

    def __init__(self, fp):
        self.source = _Source(fp)
        self.decomp = None
        self.eof = False
        self.last_mtime = None
        self.crc = 0
        self.size = 0

    def chunk(self):
        """The next decompressed bytes, b'' at the end of the file."""
        while not self.eof:
            if self.decomp is None:
                mtime = _read_gzip_header(self.source)
                if mtime is None:
                    self.eof = True
                    return b""
                self.last_mtime = mtime
                self.decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            raw = self.source.read(_READ_SIZE)
            if not raw:
                raise EOFError(_TRUNCATED)
            data = self.decomp.decompress(raw)
            self.crc = zlib.crc32(data, self.crc)
            self.size += len(data)
            if self.decomp.eof:
                self.source.unread(self.decomp.unused_data)
                self.end_member()
            if data:
                return data
        return b""

    def end_member(self):
        """Checks a member's trailer and skips the zeros after it."""
        crc, size = struct.unpack("<II", _read_exact(self.source, 8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if size != (self.size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        while True:
            c = self.source.read(1)
            if c != b"\000":
                if c:
                    self.source.unread(c)
                break
        self.decomp = None


class GzipFile:
    """A gzip file read or written like a binary file."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        if mode.startswith("r"):
            self.mode = READ
            self._members = _Members(fileobj)
            self._buffer = b""
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self._compresslevel = compresslevel
        self.offset = 0
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def filename(self):
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        if self.mode == WRITE and self.name[-3:] != ".gz":
            return self.name + ".gz"
        return self.name

    @property
    def mtime(self):
        """The mtime of the last member read (None before the first)."""
        if self.mode == READ:
            return self._members.last_mtime
        # As in CPython, whose reader object only reading files have.
        raise AttributeError("'GzipFile' object has no attribute '_buffer'")

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0

    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode("latin-1")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b""
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_member_header(compresslevel, mtime, fname))

    # ---- state checks --------------------------------------------------------------

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_EBADF, what + "() on write-only GzipFile object")

    # ---- writing -----------------------------------------------------------------

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    # ---- reading -----------------------------------------------------------------

    def _fill(self):
        """Reads one more chunk into the buffer; False at the end."""
        data = self._members.chunk()
        self._buffer += data
        return bool(data)

    def _take(self, n):
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self.offset += len(data)
        return data

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._buffer))
        while len(self._buffer) < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b""
        if not self._buffer:
            self._fill()
        return self._take(size)

    def peek(self, n):
        self._check_read("peek")
        if not self._buffer:
            self._fill()
        return self._buffer

    def readline(self, size=-1):
        self._check_not_closed()
        if size is None:
            size = -1
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0:
                n = end + 1
                break
            if 0 <= size <= len(self._buffer) or not self._fill():
                n = len(self._buffer)
                break
        if size >= 0:
            n = min(n, size)
        return self._take(n)

    def readlines(self, hint=-1):
        self._check_not_closed()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def rewind(self):
        """Returns to the start of the file (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._members = _Members(self.fileobj)
        self._buffer = b""
        self.offset = 0

    # ---- positions ---------------------------------------------------------------

    def tell(self):
        self._check_not_closed()
        return self.offset

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            count = offset - self.offset
            chunk = b"\0" * 1024
            for i in range(count // 1024):
                self.write(chunk)
            self.write(b"\0" * (count % 1024))
            return self.offset
        self._check_read("seek")
        if whence == io.SEEK_CUR:
            offset = self.offset + offset
        elif whence == io.SEEK_END:
            while self._fill():
                pass
            offset = self.offset + len(self._buffer) + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self.offset:
            self.rewind()
        while self.offset < offset:
            if not self._buffer and not self._fill():
                break
            self._take(min(offset - self.offset, len(self._buffer)))
        return self.offset

    # ---- the rest of the file interface --------------------------------------------

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


class _GzipText:
    """The text file gzip.open returns in text modes: str over a GzipFile,
    with an encoding, an error handler and a newline mode as open()'s."""

    def __init__(self, buffer, encoding, errors, newline):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        self._text = None
        self._pos = 0

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _load(self):
        """Decodes what is left of the file, translating newlines."""
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text = text
            self._pos = 0

    def read(self, size=-1):
        self._check_readable()
        self._load()
        if size is None or size < 0:
            end = len(self._text)
        else:
            end = min(len(self._text), self._pos + size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def _line_end(self, start):
        """Where the line starting at start ends (after its newline)."""
        text = self._text
        if self._newline == "":
            i = start
            while i < len(text):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text) and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return len(text)
        sep = "\n" if self._newline is None else self._newline
        i = text.find(sep, start)
        return len(text) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check_readable()
        self._load()
        end = self._line_end(self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_readable()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _check_readable(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if self.buffer.mode != READ:
            raise io.UnsupportedOperation("not readable")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def flush(self):
        if self.buffer.mode == WRITE:
            self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
