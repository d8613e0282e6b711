"""The classes of os's results that CPython defines in C: stat_result,
terminal_size, DirEntry and the scandir iterator. `os` re-exports them
(and registers stat_result and the iterator with rt's `_os`, whose stat,
fstat, lstat and scandir return them)."""

from _os import lstat, stat

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

    __module__ = "os"

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




class terminal_size(tuple):
    """The size of a terminal: a 2-tuple of columns and lines."""

    __module__ = "os"
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) != 2:
            raise TypeError(
                f"os.terminal_size() takes a 2-sequence ({len(items)}-sequence given)"
            )
        return tuple.__new__(cls, items)

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    columns = property(lambda self: tuple.__getitem__(self, 0))
    lines = property(lambda self: tuple.__getitem__(self, 1))
