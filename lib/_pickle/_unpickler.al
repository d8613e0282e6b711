"""The unpickler: pickles of every protocol (0 to 5, CPython's or alc's) to
objects, with the C unpickler's checks and messages."""

import copyreg
from struct import unpack
from _pickle._errors import UnpicklingError
from _pickle import _names

_HIGHEST_PROTOCOL = 5
_SIMPLE_ESCAPES = {
    ord("\\"): 92, ord("'"): 39, ord('"'): 34, ord("a"): 7, ord("b"): 8,
    ord("f"): 12, ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("v"): 11,
}
_OCTAL = b"01234567"
_HEX = "0123456789abcdefABCDEF"


def decode_long(data):
    """The int of two's complement little-endian bytes (LONG1, LONG4)."""
    return int.from_bytes(data, byteorder="little", signed=True)


def _escape_decode(data):
    # The escapes of a bytes literal, as the STRING opcode's argument has.
    if b"\\" not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 92:
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c == 10:
            continue
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c in _OCTAL:
            value = c - 48
            for _ in range(2):
                if i < n and data[i] in _OCTAL:
                    value = value * 8 + data[i] - 48
                    i += 1
            out.append(value & 0xFF)
        elif c == 120:
            digits = data[i:i + 2].decode("latin-1")
            if len(digits) < 2 or any(d not in _HEX for d in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits, 16))
            i += 2
        else:
            out.append(92)
            out.append(c)
    return bytes(out)


def _raw_unicode_unescape(data):
    # The UNICODE opcode's argument: Latin-1 text with \\u and \\U escapes.
    s = data.decode("latin-1")
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        j = i
        while j < n and s[j] == "\\":
            j += 1
        count = j - i
        if count % 2 == 0 or j >= n or s[j] not in "uU":
            out.append(s[i:j])
            i = j
            continue
        out.append("\\" * (count - 1))
        start = j - 1
        width = 4 if s[j] == "u" else 8
        digits = s[j + 1:j + 1 + width]
        k = 0
        while k < len(digits) and digits[k] in _HEX:
            k += 1
        if k < width:
            what = "\\uXXXX" if width == 4 else "\\Uxxxxxxxx"
            raise UnicodeDecodeError("rawunicodeescape", bytes(data), start, j + 1 + k,
                                     "truncated %s escape" % what)
        code = int(digits, 16)
        if code > 0x10FFFF:
            raise UnicodeDecodeError("rawunicodeescape", bytes(data), start, j + 1 + width,
                                     "\\Uxxxxxxxx out of range")
        out.append(chr(code))
        i = j + 1 + width
    return "".join(out)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())

    Reads pickles from a binary file (anything with `read` and `readline`)."""

    __module__ = "_pickle"

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._init(fix_imports, encoding, errors, buffers)

    def _init(self, fix_imports, encoding, errors, buffers):
        self._buffers = iter(buffers) if buffers is not None else None
        self._encoding = encoding
        self._errors = errors
        self._fix_imports = bool(fix_imports)
        self.memo = {}
        self._proto = 0
        self._data = b""
        self._pos = 0
        self._in_frame = False

    # ---------------------------------------------------------- input

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        if self._in_frame and pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        self._in_frame = False
        self._data = b""
        self._pos = 0
        chunk = self._file_read(n)
        if len(chunk) < n:
            raise UnpicklingError("pickle data was truncated")
        return chunk

    def _readline(self):
        data = self._data
        pos = self._pos
        end = data.find(b"\n", pos)
        if end >= 0:
            self._pos = end + 1
            return data[pos:end + 1]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        if self._in_frame and pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        self._in_frame = False
        self._data = b""
        self._pos = 0
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _read_opcode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            return data[pos]
        if self._file_read is None:
            raise EOFError("Ran out of input")
        self._in_frame = False
        self._data = b""
        self._pos = 0
        chunk = self._file_read(1)
        if not chunk:
            raise EOFError("Ran out of input")
        return chunk[0]

    def _load_frame(self):
        size = unpack("<Q", self._read(8))[0]
        if self._file_read is None:
            if self._pos + size > len(self._data):
                raise UnpicklingError("pickle data was truncated")
            return
        if self._pos < len(self._data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        frame = self._file_read(size)
        if len(frame) < size:
            raise UnpicklingError("pickle exhausted before end of frame")
        self._data = frame
        self._pos = 0
        self._in_frame = True

    # ------------------------------------------------------------ stack

    def _pop(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError(
                "unexpected MARK found" if self._metastack else "unpickling stack underflow")
        return stack.pop()

    def _top(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError(
                "unexpected MARK found" if self._metastack else "unpickling stack underflow")
        return stack[-1]

    def _pop_mark(self):
        if not self._metastack:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._metastack.pop()
        return items

    # ------------------------------------------------------------- load

    def load(self):
        """Reads a pickled object from the file and returns it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError(
                "Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._stack = []
        self._metastack = []
        self._proto = 0
        dispatch = _OPS
        read_opcode = self._read_opcode
        try:
            while True:
                code = read_opcode()
                if code == 46:
                    return self._pop()
                op = dispatch[code]
                if op is None:
                    if 0x20 <= code <= 0x7E and code != 39 and code != 92:
                        raise UnpicklingError("invalid load key, '%c'." % code)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % code)
                op(self)
        finally:
            self._stack = []
            self._metastack = []

    def find_class(self, module, name):
        """The object a global reference names: module's attribute name."""
        return _names.find_global(module, name, self._proto, self._fix_imports)

    def _decode_string(self, value):
        if self._encoding == "bytes":
            return value
        return value.decode(self._encoding, self._errors)

    def _persistent(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError(
                "A load persistent id instruction was encountered,\n"
                "but no persistent_load function was specified.")
        return load(pid)

    def _memo_get(self, idx):
        try:
            self._stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _memo_put(self, idx):
        self.memo[idx] = self._top()

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self._stack.append(value)

    def _extension(self, code):
        obj = copyreg._extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self._stack.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self._stack.append(obj)


_MISSING = object()


def _op_proto(u):
    proto = u._read(1)[0]
    if proto > _HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u._proto = proto


def _op_int(u):
    data = u._readline()
    if data == b"00\n":
        value = False
    elif data == b"01\n":
        value = True
    else:
        value = int(data, 0)
    u._stack.append(value)


def _op_long(u):
    data = u._readline()[:-1]
    if data.endswith(b"L"):
        data = data[:-1]
    u._stack.append(int(data, 0))


def _op_long4(u):
    n = unpack("<i", u._read(4))[0]
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._stack.append(decode_long(u._read(n)))


def _op_string(u):
    data = u._readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._stack.append(u._decode_string(_escape_decode(data)))


def _op_binstring(u):
    n = unpack("<i", u._read(4))[0]
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u._stack.append(u._decode_string(u._read(n)))


def _op_persid(u):
    try:
        pid = u._readline()[:-1].decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u._stack.append(u._persistent(pid))


def _op_binpersid(u):
    if getattr(u, "persistent_load", None) is None:
        u._persistent(None)
    pid = u._pop()
    u._stack.append(u._persistent(pid))


def _op_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    d = {}
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]
    u._stack.append(d)


def _op_inst(u):
    module = u._readline()[:-1].decode("ascii")
    name = u._readline()[:-1].decode("ascii")
    klass = u.find_class(module, name)
    u._instantiate(klass, u._pop_mark())


def _op_obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    cls = args.pop(0)
    u._instantiate(cls, args)


def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if type(args) is not tuple:
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u._stack.append(cls.__new__(cls, *args))


def _op_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError(
            "NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
    if type(args) is not tuple:
        raise UnpicklingError(
            "NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
    if type(kwargs) is not dict:
        raise UnpicklingError(
            "NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
    u._stack.append(cls.__new__(cls, *args, **kwargs))


def _op_global(u):
    module = u._readline()[:-1].decode("utf-8")
    name = u._readline()[:-1].decode("utf-8")
    u._stack.append(u.find_class(module, name))


def _op_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._stack.append(u.find_class(module, name))


def _op_reduce(u):
    args = u._pop()
    func = u._pop()
    u._stack.append(func(*args))


def _op_pop(u):
    if u._stack:
        u._stack.pop()
    elif u._metastack:
        u._pop_mark()
    else:
        raise UnpicklingError("unpickling stack underflow")


def _op_put(u):
    idx = int(u._readline()[:-1])
    if idx < 0:
        raise ValueError("negative PUT argument")
    u._memo_put(idx)


def _op_append(u):
    value = u._pop()
    target = u._top()
    if type(target) is list:
        target.append(value)
    else:
        target.append(value)


def _op_appends(u):
    items = u._pop_mark()
    target = u._top()
    if type(target) is list:
        target.extend(items)
        return
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
        return
    append = target.append
    for item in items:
        append(item)


def _op_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _op_setitems(u):
    items = u._pop_mark()
    target = u._top()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def _op_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
        return
    add = target.add
    for item in items:
        add(item)


def _op_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for key, value in state.items():
            inst_dict[key] = value
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key, value in slotstate.items():
            setattr(inst, key, value)


def _op_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError(
            "pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    u._stack.append(buf)


def _op_readonly_buffer(u):
    buf = u._top()
    view = memoryview(buf)
    if not view.readonly:
        u._stack[-1] = view.toreadonly()


def _op_tuple(u):
    items = u._pop_mark()
    u._stack.append(tuple(items))


def _op_list(u):
    items = u._pop_mark()
    u._stack.append(items)


def _op_frozenset(u):
    items = u._pop_mark()
    u._stack.append(frozenset(items))


def _op_tuple1(u):
    u._stack.append((u._pop(),))


def _op_tuple2(u):
    b = u._pop()
    a = u._pop()
    u._stack.append((a, b))


def _op_tuple3(u):
    c = u._pop()
    b = u._pop()
    a = u._pop()
    u._stack.append((a, b, c))


def _op_mark(u):
    u._metastack.append(u._stack)
    u._stack = []


def _op_dup(u):
    u._stack.append(u._top())


_DISPATCH = {
    0x80: _op_proto,
    0x95: lambda u: u._load_frame(),
    ord("("): _op_mark,
    ord("0"): _op_pop,
    ord("1"): lambda u: u._pop_mark(),
    ord("2"): _op_dup,
    ord("F"): lambda u: u._stack.append(float(u._readline()[:-1])),
    ord("I"): _op_int,
    ord("J"): lambda u: u._stack.append(unpack("<i", u._read(4))[0]),
    ord("K"): lambda u: u._stack.append(u._read(1)[0]),
    ord("L"): _op_long,
    ord("M"): lambda u: u._stack.append(unpack("<H", u._read(2))[0]),
    ord("N"): lambda u: u._stack.append(None),
    ord("P"): _op_persid,
    ord("Q"): _op_binpersid,
    ord("R"): _op_reduce,
    ord("S"): _op_string,
    ord("T"): _op_binstring,
    ord("U"): lambda u: u._stack.append(u._decode_string(u._read(u._read(1)[0]))),
    ord("V"): lambda u: u._stack.append(_raw_unicode_unescape(u._readline()[:-1])),
    ord("X"): lambda u: u._stack.append(
        u._read(unpack("<I", u._read(4))[0]).decode("utf-8", "surrogatepass")),
    ord("a"): _op_append,
    ord("b"): _op_build,
    ord("c"): _op_global,
    ord("d"): _op_dict,
    ord("}"): lambda u: u._stack.append({}),
    ord("e"): _op_appends,
    ord("g"): lambda u: u._memo_get(int(u._readline()[:-1])),
    ord("h"): lambda u: u._memo_get(u._read(1)[0]),
    ord("i"): _op_inst,
    ord("j"): lambda u: u._memo_get(unpack("<I", u._read(4))[0]),
    ord("l"): _op_list,
    ord("]"): lambda u: u._stack.append([]),
    ord("o"): _op_obj,
    ord("p"): _op_put,
    ord("q"): lambda u: u._memo_put(u._read(1)[0]),
    ord("r"): lambda u: u._memo_put(unpack("<I", u._read(4))[0]),
    ord("s"): _op_setitem,
    ord("t"): _op_tuple,
    ord(")"): lambda u: u._stack.append(()),
    ord("u"): _op_setitems,
    ord("G"): lambda u: u._stack.append(unpack(">d", u._read(8))[0]),
    0x81: _op_newobj,
    0x82: lambda u: u._extension(u._read(1)[0]),
    0x83: lambda u: u._extension(unpack("<H", u._read(2))[0]),
    0x84: lambda u: u._extension(unpack("<i", u._read(4))[0]),
    0x85: _op_tuple1,
    0x86: _op_tuple2,
    0x87: _op_tuple3,
    0x88: lambda u: u._stack.append(True),
    0x89: lambda u: u._stack.append(False),
    0x8A: lambda u: u._stack.append(decode_long(u._read(u._read(1)[0]))),
    0x8B: _op_long4,
    ord("B"): lambda u: u._stack.append(u._read(unpack("<I", u._read(4))[0])),
    ord("C"): lambda u: u._stack.append(u._read(u._read(1)[0])),
    0x8C: lambda u: u._stack.append(u._read(u._read(1)[0]).decode("utf-8", "surrogatepass")),
    0x8D: lambda u: u._stack.append(
        u._read(unpack("<Q", u._read(8))[0]).decode("utf-8", "surrogatepass")),
    0x8E: lambda u: u._stack.append(u._read(unpack("<Q", u._read(8))[0])),
    0x8F: lambda u: u._stack.append(set()),
    0x90: _op_additems,
    0x91: _op_frozenset,
    0x92: _op_newobj_ex,
    0x93: _op_stack_global,
    0x94: lambda u: u._memo_put(len(u.memo)),
    0x96: lambda u: u._stack.append(bytearray(u._read(unpack("<Q", u._read(8))[0]))),
    0x97: _op_next_buffer,
    0x98: _op_readonly_buffer,
}


# The opcode functions by code, None for the codes that are no opcode.
_OPS = [None] * 256
for _code, _op in _DISPATCH.items():
    _OPS[_code] = _op


class _BytesUnpickler(Unpickler):
    # loads: the pickle is in memory, read without a file.
    def __init__(self, data, fix_imports, encoding, errors, buffers):
        self._file_read = None
        self._file_readline = None
        self._init(fix_imports, encoding, errors, buffers)
        self._data = data


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object a pickle (bytes) represents."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if type(data) is not bytes:
        data = bytes(data)
    return _BytesUnpickler(data, fix_imports, encoding, errors, buffers).load()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads a pickled object from the open file and returns it."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
