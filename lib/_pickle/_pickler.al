"""The pickler: objects to the bytes CPython's C pickler (`_pickle`) writes
for them, opcode for opcode: the same memo indexes, batches of 1000 items
(with the C pickler's batch boundaries) and frames of 64 KiB for
protocols 4 and 5."""

import sys
import copyreg
import functools
from struct import pack
from _pickle._errors import PicklingError
from _pickle import _names

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_FRAME_HEADER = 9
_BATCHSIZE = 1000
_FRAME_END = _FRAME_HEADER + _FRAME_SIZE_TARGET
_BININT1 = [b"K" + bytes((i,)) for i in range(256)]
# CPython has one empty str, one empty bytes and one bytes of each single
# byte value, which the memo finds again however they were made.
_EMPTY_STR = ""
_SHARED_BYTES = {b"": b""}
for _i in range(256):
    _b = bytes((_i,))
    _SHARED_BYTES[_b] = _b


def _function():
    pass


_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_BuiltinMethodType = type([].append)
_NoneType = type(None)
_ModuleType = type(copyreg)
_NotImplementedType = type(NotImplemented)
_EllipsisType = type(...)
_TUPLE_OPS = (b")", b"\x85", b"\x86", b"\x87")
_ESCAPED = ("\\", "\0", "\n", "\r", "\x1a")


def _iterator_check(x):
    return hasattr(type(x), "__next__")


def encode_long(x):
    """The two's complement little-endian bytes of an int, as short as
    they can be (LONG1 and LONG4 store these)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xFF and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _raw_unicode_escape(s):
    """A str as the UNICODE opcode stores it: Latin-1 bytes, every other
    character and the line-breaking ones as \\u or \\U escapes."""
    if s.isascii() and not any(c in s for c in _ESCAPED):
        return s.encode("ascii")
    out = bytearray()
    for c in s:
        n = ord(c)
        if n >= 0x10000:
            out += b"\\U%08x" % n
        elif n >= 0x100 or c in _ESCAPED:
            out += b"\\u%04x" % n
        else:
            out.append(n)
    return bytes(out)


def _reduce_pattern(p):
    return sys.modules["re"]._compile, (p.pattern, p.flags)


def _reduce_methodcaller(mc):
    if not mc._kwargs:
        return type(mc), (mc._name,) + mc._args
    return functools.partial(type(mc), mc._name, **mc._kwargs), mc._args


def _register_library_reductions():
    # CPython's re registers its patterns' reduction with copyreg, and
    # operator.methodcaller has a __reduce__ that needs functools; alc's
    # re and operator leave both to pickle, so that programs that do not
    # pickle do not link copyreg and functools.
    table = copyreg.dispatch_table
    re = sys.modules.get("re")
    if re is not None and re.Pattern not in table:
        table[re.Pattern] = _reduce_pattern
    operator = sys.modules.get("operator")
    if operator is not None and operator.methodcaller not in table:
        table[operator.methodcaller] = _reduce_methodcaller


class _BytesSink:
    def write(self, data):
        pass


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes pickles of objects to a binary file (anything with `write`)."""

    __module__ = "_pickle"

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self._proto = protocol
        self.bin = 1 if protocol >= 1 else 0
        self.fast = 0
        self._fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False
        self._active = set()
        self._module_names = {}

    def clear_memo(self):
        """Clears the pickler's memo (the objects already pickled)."""
        self.memo.clear()

    def dump(self, obj):
        """Writes a pickled representation of obj to the open file."""
        self._file_write(self._pickle(obj))

    def _pickle(self, obj):
        if not hasattr(self, "_out"):
            raise PicklingError(
                "Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        proto = self._proto
        _register_library_reductions()
        self._pers = getattr(self, "persistent_id", None)
        self._override = getattr(self, "reducer_override", None)
        table = getattr(self, "dispatch_table", None)
        self._table = copyreg.dispatch_table if table is None else table
        self._user_table = table is not None
        self._out = bytearray()
        self._frame_start = -1
        if proto >= 2:
            self._out += b"\x80" + bytes((proto,))
        self._framing = proto >= 4
        self._pers_skip = None
        self._reserve()
        try:
            self._save(obj)
            self._out += b"."
            self._commit_frame()
        finally:
            self._framing = False
            self._active = set()
        data = bytes(self._out)
        self._out = bytearray()
        return data

    # ---------------------------------------------------------- output

    def _reserve(self):
        # A frame's header is written when the frame ends; C's pickler
        # starts a frame at the first write after the last one ended,
        # which is here.
        if self._framing:
            self._frame_start = len(self._out)
            self._out += b"\0\0\0\0\0\0\0\0\0"

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        size = len(self._out) - start - _FRAME_HEADER
        if size >= _FRAME_SIZE_MIN:
            self._out[start:start + _FRAME_HEADER] = b"\x95" + pack("<Q", size)
        else:
            del self._out[start:start + _FRAME_HEADER]
        self._frame_start = -1

    def _write_large(self, header, payload):
        # Data of a frame's size or more goes between frames, unframed.
        self._commit_frame()
        self._out += header
        self._out += payload
        self._reserve()

    # ------------------------------------------------------------ memo

    def _memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self._proto >= 4:
            self._out += b"\x94"
        elif self.bin:
            if idx < 256:
                self._out += b"q" + bytes((idx,))
            else:
                self._out += b"r" + pack("<I", idx)
        else:
            self._out += b"p%d\n" % idx
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return b"h" + bytes((idx,))
            return b"j" + pack("<I", idx)
        return b"g%d\n" % idx

    def _memo_index(self, obj):
        entry = self.memo.get(id(obj))
        if entry is None:
            return -1
        return entry[0]

    # ------------------------------------------------------------ save

    def _save(self, obj):
        start = self._frame_start
        if start >= 0 and len(self._out) - start >= _FRAME_END:
            self._commit_frame()
            self._reserve()
        pers = self._pers
        if pers is not None:
            if obj is self._pers_skip:
                # A persistent id is not asked for its own persistent id.
                self._pers_skip = None
            else:
                pid = pers(obj)
                if pid is not None:
                    self._save_pers(pid)
                    return
        t = type(obj)
        if obj is None:
            self._out += b"N"
            return
        if obj is True or obj is False:
            if self._proto >= 2:
                self._out += b"\x88" if obj else b"\x89"
            else:
                self._out += b"I01\n" if obj else b"I00\n"
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            if self.bin:
                self._out += b"G" + pack(">d", obj)
            else:
                self._out += b"F" + repr(obj).encode("ascii") + b"\n"
            return
        if t is bytes:
            if len(obj) < 2:
                obj = _SHARED_BYTES[obj]
        elif t is str and not obj:
            obj = _EMPTY_STR
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._out += self._get(entry[0])
            return
        if t is bytes:
            self._save_bytes(obj)
            return
        if t is str:
            self._save_str(obj)
            return
        fast = self.fast
        if fast:
            self._fast_enter(obj)
        try:
            self._save_other(obj, t)
        finally:
            if fast:
                self._active.discard(id(obj))

    def _fast_enter(self, obj):
        key = id(obj)
        if key in self._active:
            raise ValueError(
                "fast mode: can't pickle cyclic objects including object type %s at %#x"
                % (type(obj).__name__, key))
        self._active.add(key)

    def _save_other(self, obj, t):
        if t is dict:
            self._save_dict(obj)
            return
        if t is set:
            self._save_set(obj)
            return
        if t is frozenset:
            self._save_frozenset(obj)
            return
        if t is list:
            self._save_list(obj)
            return
        if t is tuple:
            self._save_tuple(obj)
            return
        if t is bytearray:
            self._save_bytearray(obj)
            return
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                self._save_global(obj)
                return
            if self._user_table:
                try:
                    reduce = self._table[t]
                except KeyError:
                    reduce = None
            else:
                reduce = self._table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self._save_global(obj)
                return
            elif t is _BuiltinFunctionType or t is _BuiltinMethodType:
                # What CPython's built-in functions and methods reduce to
                # (alc's have no __reduce_ex__): a function of a module
                # its name, a method getattr of its object.
                owner = getattr(obj, "__self__", None)
                if owner is None or type(owner) is _ModuleType:
                    self._save_global(obj)
                    return
                rv = (getattr, (owner, obj.__name__))
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self._proto)
                else:
                    # Some of alc's built-in types lack object's
                    # __reduce_ex__; CPython's refuses these types.
                    raise TypeError("cannot pickle %r object" % (t.__name__,))
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self._pers_skip = pid
            self._save(pid)
            self._out += b"Q"
        else:
            try:
                text = str(pid).encode("ascii")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
            self._out += b"P" + text + b"\n"

    def _save_int(self, obj):
        if self.bin:
            if 0 <= obj <= 0xFF:
                self._out += _BININT1[obj]
                return
            if 0 <= obj <= 0xFFFF:
                out = self._out
                out += b"M"
                out.append(obj & 0xFF)
                out.append(obj >> 8)
                return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self._out += b"J" + pack("<i", obj)
                return
            if self._proto >= 2:
                data = encode_long(obj)
                n = len(data)
                if n < 256:
                    self._out += b"\x8a" + bytes((n,)) + data
                else:
                    self._out += b"\x8b" + pack("<i", n) + data
                return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self._out += b"I%d\n" % obj
        else:
            self._out += b"L%dL\n" % obj

    def _save_bytes(self, obj):
        if self._proto < 3:
            if not obj:
                self._save_reduce((bytes, ()), obj)
            else:
                self._save_reduce((_names._codecs_encode, (obj.decode("latin-1"), "latin1")), obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self._out += b"C" + bytes((n,)) + obj
        elif n > 0xFFFFFFFF and self._proto >= 4:
            self._write_large(b"\x8e" + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(b"B" + pack("<I", n), obj)
        else:
            self._out += b"B" + pack("<I", n) + obj
        self._memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xFF and self._proto >= 4:
                self._out += b"\x8c" + bytes((n,)) + data
            elif n > 0xFFFFFFFF and self._proto >= 4:
                self._write_large(b"\x8d" + pack("<Q", n), data)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(b"X" + pack("<I", n), data)
            else:
                self._out += b"X" + pack("<I", n) + data
        else:
            self._out += b"V" + _raw_unicode_escape(obj) + b"\n"
        self._memoize(obj)

    def _save_bytearray(self, obj):
        if self._proto < 5:
            if not obj:
                self._save_reduce((bytearray, ()), obj)
            else:
                self._save_reduce((bytearray, (bytes(obj),)), obj)
            return
        n = len(obj)
        header = b"\x96" + pack("<Q", n)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(header, bytes(obj))
        else:
            self._out += header + obj
        self._memoize(obj)

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._out += b")" if self.bin else b"(t"
            return
        save = self._save
        if n <= 3 and self._proto >= 2:
            for item in obj:
                save(item)
            idx = self._memo_index(obj)
            if idx >= 0:
                self._out += b"0" * n + self._get(idx)
            else:
                self._out += _TUPLE_OPS[n]
                self._memoize(obj)
            return
        self._out += b"("
        for item in obj:
            save(item)
        idx = self._memo_index(obj)
        if idx >= 0:
            if self.bin:
                self._out += b"1" + self._get(idx)
            else:
                self._out += b"0" * (n + 1) + self._get(idx)
            return
        self._out += b"t"
        self._memoize(obj)

    def _save_list(self, obj):
        self._out += b"]" if self.bin else b"(l"
        self._memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        save = self._save
        if len(obj) == 1:
            save(obj[0])
            self._out += b"a"
            return
        total = 0
        while True:
            batch = 0
            self._out += b"("
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._out += b"e"
            if total >= len(obj):
                break

    def _batch_appends(self, it):
        save = self._save
        if not self.bin:
            for item in it:
                save(item)
                self._out += b"a"
            return
        done = object()
        while True:
            first = next(it, done)
            if first is done:
                return
            item = next(it, done)
            if item is done:
                save(first)
                self._out += b"a"
                return
            self._out += b"("
            save(first)
            n = 1
            while item is not done:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(it, done)
            self._out += b"e"
            if n != _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._out += b"}" if self.bin else b"(d"
        self._memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        save = self._save
        it = iter(obj.items())
        if len(obj) == 1:
            key, value = next(it)
            save(key)
            save(value)
            self._out += b"s"
            return
        size = len(obj)
        while True:
            batch = 0
            self._out += b"("
            for key, value in it:
                save(key)
                save(value)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._out += b"u"
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if batch != _BATCHSIZE:
                break

    def _batch_setitems(self, it):
        save = self._save
        done = object()
        if not self.bin:
            for item in it:
                if type(item) is not tuple or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                self._out += b"s"
            return
        while True:
            first = next(it, done)
            if first is done:
                return
            if type(first) is not tuple or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            item = next(it, done)
            if item is done:
                save(first[0])
                save(first[1])
                self._out += b"s"
                return
            self._out += b"("
            save(first[0])
            save(first[1])
            n = 1
            while item is not done:
                if type(item) is not tuple or len(item) != 2:
                    raise TypeError("dict items iterator must return 2-tuples")
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(it, done)
            self._out += b"u"
            if n != _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self._proto < 4:
            self._save_reduce((set, (list(obj),)), obj)
            return
        self._out += b"\x8f"
        self._memoize(obj)
        if not obj:
            return
        save = self._save
        size = len(obj)
        it = iter(obj)
        while True:
            batch = 0
            self._out += b"("
            for item in it:
                save(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._out += b"\x90"
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if batch != _BATCHSIZE:
                break

    def _save_frozenset(self, obj):
        if self._proto < 4:
            self._save_reduce((frozenset, (list(obj),)), obj)
            return
        self._out += b"("
        for item in obj:
            self._save(item)
        idx = self._memo_index(obj)
        if idx >= 0:
            self._out += b"1" + self._get(idx)
            return
        self._out += b"\x91"
        self._memoize(obj)

    def _save_type(self, obj):
        if obj is _NoneType:
            self._save_reduce((type, (None,)), obj)
        elif obj is _NotImplementedType:
            self._save_reduce((type, (NotImplemented,)), obj)
        elif obj is _EllipsisType:
            self._save_reduce((type, (...,)), obj)
        else:
            self._save_global(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = _names.qualname_of(obj)
        path = name.split(".")
        if "<locals>" in path:
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name, searched = _names.find_module(obj)
        if _names.is_special(obj):
            self._save_global_ref(obj, module_name, name, path, None, None, False)
            return
        try:
            module = _names.import_module(module_name)
        except ImportError:
            raise PicklingError(
                "Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            found, parent = _names.get_dotted(module, path)
        except AttributeError:
            raise PicklingError(
                "Can't pickle %r: attribute lookup %s on %s failed"
                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s"
                % (obj, module_name, name))
        self._save_global_ref(obj, module_name, name, path, module, parent, searched)

    def _save_global_ref(self, obj, module_name, name, path, module, parent, searched):
        proto = self._proto
        if proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    self._out += b"\x82" + bytes((code,))
                elif code <= 0xFFFF:
                    self._out += b"\x83" + bytes((code & 0xFF, code >> 8))
                else:
                    self._out += b"\x84" + pack("<i", code)
                return
        if proto >= 4:
            if not searched:
                # A class's or function's module name is its module's
                # __name__ in CPython: one object per name.
                module_name = self._module_names.setdefault(module_name, module_name)
            else:
                module_name = (module_name + ".")[:-1]
            self._save(module_name)
            if name is module_name:
                # CPython's module name and qualified name are two objects
                # even when equal (alc shares the constant).
                name = (name + ".")[:-1]
            self._save(name)
            self._out += b"\x93"
        elif parent is not module:
            self._save_reduce((getattr, (parent, path[-1])), None)
        elif proto >= 3:
            self._out += (b"c" + module_name.encode("utf-8") + b"\n"
                        + name.encode("utf-8") + b"\n")
        else:
            if self._fix_imports:
                key = (module_name, name)
                mapping = _names.reverse_name(key)
                if mapping is not None:
                    module_name, name = mapping
                else:
                    module_name = _names.reverse_module(module_name)
            try:
                self._out += (b"c" + module_name.encode("ascii") + b"\n"
                            + name.encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using pickle protocol %d"
                    % (module_name, name, proto)) from None
        self._memoize(obj)

    def _save_reduce(self, rv, obj):
        size = len(rv)
        if size < 2 or size > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func = rv[0]
        args = rv[1]
        state = rv[2] if size > 2 else None
        listitems = rv[3] if size > 3 else None
        dictitems = rv[4] if size > 4 else None
        state_setter = rv[5] if size > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if type(args) is not tuple and not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _iterator_check(listitems):
            raise PicklingError(
                "fourth element of the tuple returned by __reduce__ must be an iterator, not %s"
                % type(listitems).__name__)
        if dictitems is not None and not _iterator_check(dictitems):
            raise PicklingError(
                "fifth element of the tuple returned by __reduce__ must be an iterator, not %s"
                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError(
                "sixth element of the tuple returned by __reduce__ must be a function, not %s"
                % type(state_setter).__name__)
        save = self._save
        func_name = getattr(func, "__name__", None) if self._proto >= 2 else None
        if func_name == "__newobj_ex__":
            self._save_newobj_ex(args, obj)
        elif func_name == "__newobj__":
            if len(args) == 0:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._out += b"\x81"
        else:
            save(func)
            save(args)
            self._out += b"R"
        if obj is not None:
            idx = self._memo_index(obj)
            if idx >= 0:
                self._out += b"0" + self._get(idx)
            else:
                self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._out += b"b"
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._out += b"\x86R0"

    def _save_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError(
                "length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
        cls, cargs, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError(
                "first item from NEWOBJ_EX argument tuple must be a class, not %s"
                % type(cls).__name__)
        if obj is not None and getattr(obj, "__class__", None) is not cls:
            raise PicklingError("first argument to __newobj_ex__() must be %r, not %r"
                                % (getattr(obj, "__class__", None), cls))
        if not isinstance(cargs, tuple):
            raise PicklingError(
                "second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                % type(cargs).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError(
                "third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                % type(kwargs).__name__)
        if self._proto >= 4:
            self._save(cls)
            self._save(cargs)
            self._save(kwargs)
            self._out += b"\x92"
            return
        made = functools.partial(cls.__new__, cls, *cargs, **kwargs)
        self._save(made)
        self._save(())
        self._out += b"R"


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickled representation of obj as a bytes object."""
    pickler = Pickler(_BytesSink(), protocol, fix_imports=fix_imports,
                      buffer_callback=buffer_callback)
    return pickler._pickle(obj)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickled representation of obj to the open file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
