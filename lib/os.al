"""OS routines for POSIX: files and directories, the working directory,
the environment and the process, as CPython's `os` module offers them.

The system calls are rt's native modules `_os` and `_os_extra` (with
`_os_posix.al`, whose names this module re-exports); this module adds what
CPython writes in Python (`environ`, `walk`, `makedirs`, `removedirs`,
`renames`, `getenv`, `get_terminal_size`, `PathLike`), re-exports the
classes of `_os_types` (`stat_result`, `terminal_size`, `DirEntry`), and
binds `os.path` to `posixpath`."""

import sys
import abc as _abc
import _os

# The built-in open, which _os's hides.
_builtin_open = open

from _os import (
    access,
    chdir,
    chmod,
    close,
    cpu_count,
    fspath,
    fstat,
    fsync,
    ftruncate,
    getcwd,
    getcwdb,
    getegid,
    geteuid,
    getgid,
    getpid,
    getppid,
    getuid,
    isatty,
    link,
    listdir,
    lseek,
    lstat,
    mkdir,
    open,
    putenv,
    read,
    readlink,
    remove,
    rename,
    replace,
    rmdir,
    scandir,
    stat,
    strerror,
    symlink,
    truncate,
    umask,
    unlink,
    unsetenv,
    utime,
    write,
)
from _os_types import DirEntry, stat_result, terminal_size, ScandirIterator as _ScandirIterator
from _signal import kill
import _os_posix
from _os_posix import *

# The native stat, fstat, lstat and scandir return these. CPython's os has
# no name for the iterator's class.
_os._register(stat_result, _ScandirIterator)
del _ScandirIterator

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

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

# open() flags with the same value on every Linux target alc supports.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_SYNC = 0o4010000
O_FSYNC = O_SYNC
O_RSYNC = O_SYNC
O_CLOEXEC = 0o2000000

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
    "F_OK",
    "R_OK",
    "W_OK",
    "X_OK",
    "O_RDONLY",
    "O_WRONLY",
    "O_RDWR",
    "O_ACCMODE",
    "O_CREAT",
    "O_EXCL",
    "O_NOCTTY",
    "O_TRUNC",
    "O_APPEND",
    "O_NONBLOCK",
    "O_NDELAY",
    "O_DSYNC",
    "O_SYNC",
    "O_FSYNC",
    "O_RSYNC",
    "O_CLOEXEC",
    "PathLike",
    "access",
    "chdir",
    "chmod",
    "close",
    "cpu_count",
    "fstat",
    "fsync",
    "ftruncate",
    "get_terminal_size",
    "getegid",
    "geteuid",
    "getgid",
    "getuid",
    "isatty",
    "lseek",
    "open",
    "read",
    "terminal_size",
    "truncate",
    "umask",
    "utime",
    "write",
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
__all__ += _os_posix.__all__
__all__.append("fdopen")


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for open descriptor fd (which it closes)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return _builtin_open(fd, mode, buffering, encoding, *args, **kwargs)



def get_terminal_size(fd=1, /):
    """The size of the terminal on descriptor fd (standard output by
    default), as a terminal_size; OSError when fd is not a terminal."""
    return terminal_size(_os._terminal_size(fd))


class PathLike(_abc.ABC):
    """The abstract class of objects that name a file system path: those
    with a __fspath__ method."""

    __module__ = "os"

    @_abc.abstractmethod
    def __fspath__(self):
        """The file system path of the object, as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    if klass.__dict__["__fspath__"] is None:
                        return NotImplemented
                    return True
        return NotImplemented


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
