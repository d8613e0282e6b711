"""Object-oriented file-system paths, as CPython's `pathlib` offers them
on POSIX: the pure paths `PurePath` and `PurePosixPath` (joining,
parts, names, suffixes, parents, relative_to, match, comparisons) and the
concrete `Path` and `PosixPath` (stat, listing, glob, reading and
writing, creating, removing, renaming, resolving, owner and group), and
`PureWindowsPath` (drives, UNC shares,
backslashes, case-insensitive comparison, reserved names).
`WindowsPath` cannot be instantiated, as in CPython on POSIX."""

import fnmatch
import io
import os
from _pathlib_glob import select as _select

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


def _parse(args):
    # The root ('', '/' or '//') and the parts after it of the path the
    # arguments join to.
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath) and not a._windows:
            a_root, a_parts = a._root, a._parts
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
            a_root, a_parts = _split(a)
        if a_root:
            root = a_root
            parts = list(a_parts)
        else:
            parts.extend(a_parts)
    return root, parts


def _split(s):
    if s.startswith("/"):
        if s.startswith("//") and not s.startswith("///"):
            root = "//"
        else:
            root = "/"
    else:
        root = ""
    parts = [p for p in s.split("/") if p and p != "."]
    return root, parts


class _Parents:
    """The immutable sequence of a path's ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from(p._root, p._parts[:-idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A file-system path that does no I/O: PurePath(...) makes a
    PurePosixPath, joining its arguments as os.path.join does."""

    # Whether the path has Windows semantics (PureWindowsPath).
    _windows = False

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = cls._parse_args(args)
        self._str = None
        return self

    @staticmethod
    def _parse_args(args):
        return _parse(args)

    def _from(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a str with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a file URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        # The components compared and hashed: the root (if any) and the
        # parts, as CPython compares them.
        return [self._root] + self._parts if self._root else self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath) or self._windows != other._windows:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def _cmp_key(self, other, op):
        if not isinstance(other, PurePath) or self._windows != other._windows:
            return None
        return self._key(), other._key()

    def __lt__(self, other):
        k = self._cmp_key(other, "<")
        if k is None:
            return NotImplemented
        return k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other, "<=")
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other, ">")
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other, ">=")
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    @property
    def drive(self):
        """The drive: always '' on POSIX."""
        return ""

    @property
    def root(self):
        """'/' (or '//') for an absolute path, else ''."""
        return self._root

    @property
    def anchor(self):
        """The drive and root together."""
        return self._root

    @property
    def parts(self):
        """The components of the path as a tuple, the root first."""
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        """The final component, or '' when there is none."""
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        """The final component's last extension ('.gz'), or ''."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """The final component's extensions (['.tar', '.gz'])."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced (or added, or removed with
        '')."""
        if "/" in suffix or suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other (joined as the constructor joins);
        ValueError when it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = root + "/".join(parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from("", self._parts[n:])

    def is_relative_to(self, *other):
        """Whether the path is below other."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """The path joined with each argument."""
        root, parts = _parse((self,) + args)
        return self._from(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, parts = _parse((key, self))
            return self._from(root, parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The path without its final component."""
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        """The sequence of the path's ancestors, nearest first."""
        return _Parents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """Whether the path is reserved: never on POSIX."""
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (an absolute pattern must match the whole path)."""
        p_root, p_parts = _split(path_pattern)
        pat_parts = ((p_root,) if p_root else ()) + tuple(p_parts)
        if not pat_parts:
            raise ValueError("empty pattern")
        if p_root and p_root != self._root:
            return False
        parts = self.parts
        if p_root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath)


# ---- Windows paths ------------------------------------------------------------------


def _wsplitroot(s):
    # (drive, root, parts) of one Windows path string: the drive a
    # letter and colon or a UNC '\\server\share', the root '\' (always
    # there after a UNC drive).
    s = s.replace("/", "\\")
    if s[:2] == "\\\\" and s[2:3] != "\\":
        i = s.find("\\", 2)
        if i != -1:
            j = s.find("\\", i + 1)
            if j != i + 1:
                if j == -1:
                    j = len(s)
                return s[:j], "\\", _wparts(s[j + 1:])
    drv = root = ""
    if s[1:2] == ":" and s[:1].isascii() and s[:1].isalpha():
        drv = s[:2]
        s = s[2:]
    if s[:1] == "\\":
        root = "\\"
    return drv, root, _wparts(s)


def _wparts(s):
    return [p for p in s.split("\\") if p and p != "."]


def _wanchor(anchor):
    # (drive, root) of an anchor.
    if anchor.endswith("\\"):
        return anchor[:-1], "\\"
    return anchor, ""


def _wparse(args):
    # The anchor and parts the arguments join to: the last argument with
    # a drive or root starts the path; one with a root but no drive
    # takes the drive of the nearest argument before it that has one.
    strs = []
    for a in args:
        if not isinstance(a, PurePath):
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
        strs.append(str(a))
    parts = []
    for i in range(len(strs) - 1, -1, -1):
        drv, root, rel = _wsplitroot(strs[i])
        parts = rel + parts
        if drv or root:
            if not drv:
                for j in range(i - 1, -1, -1):
                    drv = _wsplitroot(strs[j])[0]
                    if drv:
                        break
            return drv + root, parts
    return "", parts


_WIN_RESERVED = ({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
                 | {"COM" + c for c in "123456789\xb9\xb2\xb3"}
                 | {"LPT" + c for c in "123456789\xb9\xb2\xb3"})


class PureWindowsPath(PurePath):
    """A PurePath with Windows semantics: drives, UNC shares, '\\'
    separators (or '/'), case-insensitive comparison."""
    __slots__ = ()
    _windows = True

    @staticmethod
    def _parse_args(args):
        return _wparse(args)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "\\".join(self._parts)) or "."
        return self._str

    def as_posix(self):
        """The path as a str with forward slashes."""
        return str(self).replace("\\", "/")

    def as_uri(self):
        """The path as a file URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        drv = self.drive
        path = self.as_posix()
        if len(drv) == 2 and drv[1] == ":":
            return "file:///" + drv + quote_from_bytes(path[2:].encode("utf-8"))
        return "file:" + quote_from_bytes(path.encode("utf-8"))

    def _key(self):
        key = [p.lower() for p in self._parts]
        return [self._root.lower()] + key if self._root else key

    @property
    def drive(self):
        """The drive letter and colon, or the UNC share."""
        return _wanchor(self._root)[0]

    @property
    def root(self):
        """'\\' when the path has a root, else ''."""
        return _wanchor(self._root)[1]

    @property
    def anchor(self):
        """The drive and root together."""
        return self._root

    def is_absolute(self):
        """Whether the path has both a drive and a root."""
        drv, root = _wanchor(self._root)
        return bool(drv and root)

    def is_reserved(self):
        """Whether the final component is a device name (CON, NUL, COM1...)."""
        if not self._root and not self._parts:
            return False
        if self._root.startswith("\\\\"):
            return False
        last = self._parts[-1] if self._parts else self._root
        name = last.partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _WIN_RESERVED

    def with_name(self, name):
        """The path with its final component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _wsplitroot(name)
        if not name or name[-1] in "\\/" or drv or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_suffix(self, suffix):
        """The path with its suffix replaced (or added, or removed)."""
        if "\\" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        return PurePath.with_suffix(self, suffix)

    def relative_to(self, *other):
        """The path relative to other; ValueError when it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        anchor2, parts2 = _wparse(other)
        drv, root = _wanchor(self._root)
        drv2, root2 = _wanchor(anchor2)
        mine = ([drv, root] if root else [self._root] if self._root else []) + self._parts
        theirs = ([drv2, root2] if root2 else [anchor2] if anchor2 else []) + parts2
        n = len(theirs)
        if (root or drv) if n == 0 else \
                [p.lower() for p in mine[:n]] != [p.lower() for p in theirs]:
            formatted = anchor2 + "\\".join(parts2)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        if n == 1 and root:
            return self._from(root, mine[2:])
        return self._from("", mine[n:])

    def _join(self, args):
        anchor2, parts2 = _wparse(args)
        drv2, root2 = _wanchor(anchor2)
        drv, root = _wanchor(self._root)
        if root2:
            if not drv2 and drv:
                return self._from(drv + root2, parts2)
        elif drv2:
            if drv2.lower() == drv.lower():
                return self._from(self._root, self._parts + parts2)
        else:
            return self._from(self._root, self._parts + parts2)
        return self._from(anchor2, parts2)

    def joinpath(self, *args):
        """The path joined with each argument."""
        return self._join(args)

    def __truediv__(self, key):
        try:
            return self._join((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right without regard to case."""
        drv, root, pat_parts = _wsplitroot(path_pattern.lower())
        if drv or root:
            pat_parts = [drv + root] + pat_parts
        if not pat_parts:
            raise ValueError("empty pattern")
        my_drv, my_root = _wanchor(self._root)
        if drv and drv != my_drv.lower():
            return False
        if root and root != my_root:
            return False
        parts = self._key()
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


_S_IFMT = 0o170000


class Path(PurePath):
    """A PurePath whose methods use the file system: Path(...) makes a
    PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    @classmethod
    def cwd(cls):
        """The working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def _child(self, name):
        return self._from(self._root, self._parts + [name])

    def stat(self, *, follow_symlinks=True):
        """os.stat of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat of the path."""
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode & _S_IFMT
        except (OSError, ValueError):
            return None

    def exists(self):
        """Whether the path exists (following symbolic links)."""
        return self._mode() is not None

    def is_dir(self):
        return self._mode() == 0o040000

    def is_file(self):
        return self._mode() == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000

    def is_fifo(self):
        return self._mode() == 0o010000

    def is_socket(self):
        return self._mode() == 0o140000

    def is_block_device(self):
        return self._mode() == 0o060000

    def is_char_device(self):
        return self._mode() == 0o020000

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether other_path names the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The paths of the entries of the directory."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """The paths under this one that match the relative glob-style
        pattern (`**` for this directory and every one below it)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _split(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._select(parts)

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        root, parts = _split(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._select(["**"] + parts)

    def _select(self, parts):
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(""))
        seen = set()
        for p in _select(self, parts):
            key = str(p)
            if "**" in parts:
                if key in seen:
                    continue
                seen.add(key)
            yield p

    def absolute(self):
        """The path made absolute with the working directory (not
        normalised)."""
        if self.is_absolute():
            return self
        return self._from(*_parse((os.getcwd(), self)))

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        return self.__class__(os.path.realpath(self, strict=strict))

    def expanduser(self):
        """The path with a leading '~' or '~user' expanded."""
        if not self._root and self._parts and self._parts[0][:1] == "~":
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from(*_parse([homedir] + self._parts[1:]))
        return self

    def readlink(self):
        """The path a symbolic link points to."""
        return self.__class__(os.readlink(self))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as open() does."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The contents of the file as bytes."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The contents of the file as str."""
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replaces the contents of the file with data; returns the number
        of bytes written."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replaces the contents of the file with the str data; returns the
        number of characters written."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file, or updates its times when it exists (an error
        unless exist_ok)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory (and its missing parents when parents is
        true); an existing one is an error unless exist_ok."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Changes the permission bits."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        """Removes the file (a missing one is an error unless
        missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes the empty directory."""
        os.rmdir(self)

    def rename(self, target):
        """Renames the file to target; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Renames the file to target, replacing what is there; returns
        the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to target."""
        os.link(target, self)

    def link_to(self, target):
        """Makes target a hard link to this path (deprecated)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled "
                      "for removal in Python 3.12. Use pathlib.Path.hardlink_to() "
                      "instead.", DeprecationWarning, stacklevel=2)
        os.link(self, target)

    def lchmod(self, mode):
        """Changes the permission bits of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def owner(self):
        """The name of the file's owner."""
        uid = self.stat().st_uid
        name = _database_name("/etc/passwd", uid)
        if name is None:
            raise KeyError("getpwuid(): uid not found: %d" % uid)
        return name

    def group(self):
        """The name of the file's group."""
        gid = self.stat().st_gid
        name = _database_name("/etc/group", gid)
        if name is None:
            raise KeyError("getgrgid(): gid not found: %d" % gid)
        return name


def _database_name(path, id):
    # The name of the entry with this id in /etc/passwd or /etc/group
    # (alc has no pwd or grp module).
    try:
        with open(path) as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[2] == str(id):
                    return fields[0]
    except OSError:
        pass
    return None


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""
    __slots__ = ()


class WindowsPath(Path):
    """A Windows Path: cannot be instantiated on POSIX."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(
            "cannot instantiate %r on your system" % (cls.__name__,))

