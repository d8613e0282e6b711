"""OS routines for POSIX: files and directories, the working directory,
the environment and the process, as CPython's `os` module offers them.

The system calls are rt's native module `_os`; this module adds what
CPython writes in Python (`environ`, `walk`, `makedirs`, `removedirs`,
`renames`, `getenv`) and the classes `stat_result`, `DirEntry` and the
scandir iterator, and binds `os.path` to `posixpath`."""

import sys
import _os
from _os import (
    chdir,
    chmod,
    cpu_count,
    fspath,
    getcwd,
    getcwdb,
    getpid,
    getppid,
    link,
    listdir,
    lstat,
    mkdir,
    putenv,
    readlink,
    remove,
    rename,
    replace,
    rmdir,
    scandir,
    stat,
    strerror,
    symlink,
    unlink,
    unsetenv,
)
from _signal import kill

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

import posixpath as path

sys.modules["os.path"] = path

__all__ = [
    "altsep",
    "curdir",
    "pardir",
    "sep",
    "pathsep",
    "linesep",
    "defpath",
    "name",
    "path",
    "devnull",
    "SEEK_SET",
    "SEEK_CUR",
    "SEEK_END",
    "extsep",
    "DirEntry",
    "chdir",
    "chmod",
    "cpu_count",
    "environ",
    "error",
    "fspath",
    "getcwd",
    "getcwdb",
    "getpid",
    "getppid",
    "link",
    "listdir",
    "lstat",
    "mkdir",
    "putenv",
    "readlink",
    "remove",
    "rename",
    "replace",
    "rmdir",
    "scandir",
    "stat",
    "stat_result",
    "strerror",
    "symlink",
    "unlink",
    "unsetenv",
    "makedirs",
    "removedirs",
    "renames",
    "walk",
    "getenv",
    "environb",
    "getenvb",
    "fsencode",
    "fsdecode",
    "urandom",
]

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


# ---- stat ----------------------------------------------------------------------------

_VISIBLE = (
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
)
_HIDDEN = (
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
)


def _visible(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _hidden(i):
    return property(lambda self: self._hidden[i])


class stat_result(tuple):
    """The result of stat(): a 10-tuple of mode, inode, device, links, uid,
    gid, size and the three times in whole seconds, with more fields (the
    float and nanosecond times, block size, blocks, rdev) as attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        n = len(items)
        if n < 10:
            raise TypeError(
                f"os.stat_result() takes an at least 10-sequence ({n}-sequence given)"
            )
        if n > 19:
            raise TypeError(
                f"os.stat_result() takes an at most 19-sequence ({n}-sequence given)"
            )
        self = tuple.__new__(cls, items[:10])
        hidden = list(items[10:]) + [None] * (19 - n)
        if dict is not None:
            for i in range(n - 10, 9):
                hidden[i] = dict.get(_HIDDEN[i])
        # The float times default to the whole seconds, as in CPython.
        for i in range(3):
            if hidden[i] is None:
                hidden[i] = items[7 + i]
        self._hidden = tuple(hidden)
        return self

    def __repr__(self):
        fields = ", ".join(
            f"{_VISIBLE[i]}={tuple.__getitem__(self, i)!r}" for i in range(10)
        )
        return f"os.stat_result({fields})"

    st_mode = _visible(0)
    st_ino = _visible(1)
    st_dev = _visible(2)
    st_nlink = _visible(3)
    st_uid = _visible(4)
    st_gid = _visible(5)
    st_size = _visible(6)
    st_atime = _hidden(0)
    st_mtime = _hidden(1)
    st_ctime = _hidden(2)
    st_atime_ns = _hidden(3)
    st_mtime_ns = _hidden(4)
    st_ctime_ns = _hidden(5)
    st_blksize = _hidden(6)
    st_blocks = _hidden(7)
    st_rdev = _hidden(8)


# ---- scandir -------------------------------------------------------------------------

_KIND_UNKNOWN = 0
_KIND_DIR = 1
_KIND_FILE = 2
_KIND_LINK = 3


class DirEntry:
    """An entry of a directory listed by scandir(): its name and path, what
    kind of file it is, and its status, cached."""

    __module__ = "posix"

    def __init__(self, top, name, kind, inode):
        self.name = name
        sep = b"/" if isinstance(top, bytes) else "/"
        if top.endswith(sep):
            self.path = top + name
        else:
            self.path = top + sep + name
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def _kind_known(self):
        if self._kind == _KIND_UNKNOWN:
            mode = self.stat(follow_symlinks=False).st_mode & _S_IFMT
            if mode == _S_IFLNK:
                self._kind = _KIND_LINK
            elif mode == _S_IFDIR:
                self._kind = _KIND_DIR
            elif mode == _S_IFREG:
                self._kind = _KIND_FILE
            else:
                self._kind = 4
        return self._kind

    def is_symlink(self):
        try:
            return self._kind_known() == _KIND_LINK
        except FileNotFoundError:
            return False

    def _is(self, kind, ifmt, follow_symlinks):
        try:
            k = self._kind_known()
            if k == _KIND_LINK and follow_symlinks:
                return self.stat().st_mode & _S_IFMT == ifmt
            return k == kind
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._is(_KIND_DIR, _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(_KIND_FILE, _S_IFREG, follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or self._kind == _KIND_FILE or self._kind == _KIND_DIR:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat


class ScandirIterator:
    """The iterator scandir() returns: a DirEntry for each entry of the
    directory top, in the order the system listed them, and a context
    manager that closes it."""

    __module__ = "posix"

    def __init__(self, top, entries):
        self._top = top
        self._entries = entries
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._next >= len(self._entries):
            raise StopIteration
        name, kind, inode = self._entries[self._next]
        self._next += 1
        return DirEntry(self._top, name, kind, inode)

    def close(self):
        self._next = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


# The native stat, lstat and scandir return these. CPython's os has no
# name for the iterator's class.
_os._register(stat_result, ScandirIterator)
del ScandirIterator


# ---- the environment -----------------------------------------------------------------


_MISSING = object()


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


class _Environ:
    """The process environment as a mapping of str to str (environ) or of
    bytes to bytes (environb): changing it changes the environment child
    processes and getenv() see. Both share one dict of str, names and
    values decoded as file names are (surrogateescape); environb encodes
    them back to the bytes of the environment."""

    def __init__(self, data, as_bytes):
        self._data = data
        self._bytes = as_bytes

    def _key(self, key):
        # A name or value given to the mapping, as the shared dict holds it.
        if self._bytes:
            return fsdecode(_check_bytes(key))
        return _check_str(key)

    def _all(self):
        if self._bytes:
            return {fsencode(k): fsencode(v) for k, v in self._data.items()}
        return self._data

    def __getitem__(self, key):
        k = self._key(key)
        try:
            value = self._data[k]
        except KeyError:
            raise KeyError(key) from None
        return fsencode(value) if self._bytes else value

    def __setitem__(self, key, value):
        k = self._key(key)
        v = self._key(value)
        putenv(key, value)
        self._data[k] = v

    def __delitem__(self, key):
        k = self._key(key)
        unsetenv(key)
        try:
            del self._data[k]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._all()))

    def __len__(self):
        return len(self._all())

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._all()
        if not isinstance(other, dict):
            return NotImplemented
        return self._all() == other

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._all().items())
        return f"environ({{{items}}})"

    def keys(self):
        return self._all().keys()

    def values(self):
        return self._all().values()

    def items(self):
        return self._all().items()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def copy(self):
        return dict(self._all())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, _Environ)):
            for key in other.keys():
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._all())
        new.update(other.items())
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other.items())
        new.update(self._all())
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os._environ(), False)
environb = _Environ(environ._data, True)


def getenv(key, default=None):
    """The value of environment variable key, or default if it is not set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The value of environment variable key (bytes), or default if it is
    not set."""
    return environb.get(key, default)


def fsencode(filename):
    """A file name as bytes: a str encoded as UTF-8 with surrogateescape
    (the file-system encoding on the systems alc runs on), bytes
    unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A file name as str: bytes decoded as UTF-8 with surrogateescape,
    a str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def urandom(size):
    """size random bytes from the operating system."""
    import _random
    size = size.__index__() if not isinstance(size, int) and hasattr(size, '__index__') else size
    if not isinstance(size, int):
        raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
    if size < 0:
        raise ValueError("negative argument not allowed")
    if size == 0:
        return b''
    return bytes.fromhex('%0*x' % (2 * size, _random.urandom_bits(size * 8)))


# ---- directory trees -----------------------------------------------------------------


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates directory name and every missing directory above it; an
    existing name is an error unless exist_ok is true and it is a
    directory."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process made it in the meantime.
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes directory name, then each parent named in it that becomes
    empty, stopping at the first that cannot be removed."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Renames old to new, creating the directories new needs and removing
    the directories of old that become empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generates (dirpath, dirnames, filenames) for the directory top and
    every directory below it: each directory before its subdirectories
    when topdown is true (the caller may prune dirnames then), after them
    otherwise. Errors listing a directory go to onerror, if given."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    below = []
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                nondirs.append(entry.name)
                continue
            dirs.append(entry.name)
            if not topdown:
                if followlinks:
                    below.append(entry.path)
                else:
                    try:
                        link = entry.is_symlink()
                    except OSError:
                        link = False
                    if not link:
                        below.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from _walk(sub, topdown, onerror, followlinks)
    else:
        for sub in below:
            yield from _walk(sub, topdown, onerror, followlinks)
        yield top, dirs, nondirs
