"""Operations on POSIX path names, as CPython's `posixpath`, which `os`
binds as `os.path`: joining and splitting names, normalising them, and
asking the file system about them.

Every function takes bytes paths too. A bytes path goes through the str
version of the operation: decoding with surrogateescape (`os.fsdecode`)
maps every byte string to a distinct str and keeps each ASCII byte (`/`,
`.`, `~`, `$`) a character of its own, so encoding the result back
(`os.fsencode`) gives the bytes CPython's operations on bytes give."""

import sys
import _os
import os

__all__ = [
    "normcase",
    "isabs",
    "join",
    "splitdrive",
    "split",
    "splitext",
    "basename",
    "dirname",
    "commonprefix",
    "getsize",
    "getmtime",
    "getatime",
    "getctime",
    "islink",
    "exists",
    "lexists",
    "isdir",
    "isfile",
    "ismount",
    "expanduser",
    "expandvars",
    "normpath",
    "abspath",
    "samefile",
    "samestat",
    "curdir",
    "pardir",
    "sep",
    "pathsep",
    "defpath",
    "altsep",
    "extsep",
    "devnull",
    "realpath",
    "supports_unicode_filenames",
    "relpath",
    "commonpath",
]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000

# Indices into the tuple `_os._stat` returns.
_MODE = 0
_INO = 1
_DEV = 2
_SIZE = 6
_ATIME = 10
_MTIME = 11
_CTIME = 12


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(
                f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                f"not {type(s).__name__!r}"
            ) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _all_bytes(paths):
    # Raises the TypeError the callers turn into _check_arg_types's
    # message when bytes and other values are mixed.
    for p in paths:
        if not isinstance(p, bytes):
            raise TypeError("mixed path types")
    return [os.fsdecode(p) for p in paths]


# ---- names alone ---------------------------------------------------------------------


def normcase(s):
    """The case-normalised form of s, which on POSIX is s itself."""
    return _os.fspath(s)


def isabs(s):
    """True if s is an absolute path (starts with a slash)."""
    s = _os.fspath(s)
    return s.startswith(b"/" if isinstance(s, bytes) else "/")


def join(a, *p):
    """Joins path components with slashes; a component that is absolute
    discards everything before it."""
    a = _os.fspath(a)
    result = a
    try:
        if isinstance(a, bytes):
            parts = _all_bytes([_os.fspath(b) for b in p])
            return os.fsencode(join(os.fsdecode(a), *parts))
        for b in p:
            b = _os.fspath(b)
            if b.startswith("/"):
                result = b
            elif not result or result.endswith("/"):
                result += b
            else:
                result += "/" + b
    except (TypeError, AttributeError):
        _check_arg_types("join", a, *p)
        raise
    return result


def split(p):
    """(head, tail): tail is everything after the last slash, head the rest
    without its trailing slashes (unless it is all slashes)."""
    p = _os.fspath(p)
    if isinstance(p, bytes):
        head, tail = split(os.fsdecode(p))
        return os.fsencode(head), os.fsencode(tail)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last
    component, unless that dot only begins the name (leading dots)."""
    p = _os.fspath(p)
    if isinstance(p, bytes):
        root, ext = splitext(os.fsdecode(p))
        return os.fsencode(root), os.fsencode(ext)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, ""


def splitdrive(p):
    """(drive, path): POSIX has no drives, so the drive is empty."""
    p = _os.fspath(p)
    return p[:0], p


def basename(p):
    """The last component of p (empty if p ends with a slash)."""
    p = _os.fspath(p)
    if isinstance(p, bytes):
        return os.fsencode(basename(os.fsdecode(p)))
    return p[p.rfind("/") + 1 :]


def dirname(p):
    """Everything before the last component of p."""
    p = _os.fspath(p)
    if isinstance(p, bytes):
        return os.fsencode(dirname(os.fsdecode(p)))
    head = p[: p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    """path without redundant slashes and `.` components, with `..`
    folded into the component before it where there is one."""
    path = _os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(normpath(os.fsdecode(path)))
    if path == "":
        return "."
    lead = 0
    if path.startswith("/"):
        # POSIX leaves two leading slashes to the implementation; three
        # or more mean one.
        lead = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split("/"):
        if comp == "" or comp == ".":
            continue
        if comp == ".." and (lead or parts) and not (parts and parts[-1] == ".."):
            if parts:
                parts.pop()
            continue
        parts.append(comp)
    path = "/" * lead + "/".join(parts)
    return path or "."


def abspath(path):
    """The normalised absolute form of path."""
    path = _os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(abspath(os.fsdecode(path)))
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return normpath(path)


def commonprefix(m):
    """The longest leading run of characters (or items) all of m share."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (whole components only)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_os.fspath, paths))
    try:
        if isinstance(paths[0], bytes):
            return os.fsencode(commonpath(_all_bytes(paths)))
        split_paths = [p.split("/") for p in paths]
        kinds = set(p[:1] == "/" for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = paths[0][:1] == "/"
        split_paths = [[c for c in p if c and c != "."] for p in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        return ("/" if absolute else "") + "/".join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


def relpath(path, start=None):
    """path relative to start (the working directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _os.fspath(path)
    if start is None:
        start = b"." if isinstance(path, bytes) else curdir
    else:
        start = _os.fspath(start)
    try:
        if isinstance(path, bytes):
            start, path = _all_bytes([start, path])
            return os.fsencode(relpath(path, start))
        start_list = [x for x in abspath(start).split("/") if x]
        path_list = [x for x in abspath(path).split("/") if x]
        i = len(commonprefix([start_list, path_list]))
        rel = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel:
            return curdir
        return join(*rel)
    except (TypeError, AttributeError):
        _check_arg_types("relpath", path, start)
        raise


# ---- the environment -----------------------------------------------------------------


def expanduser(path):
    """path with a leading `~` or `~user` replaced by that user's home
    directory ($HOME for `~`); unchanged if there is none."""
    path = _os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expanduser(os.fsdecode(path)))
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in os.environ:
            home = os.environ["HOME"]
        else:
            home = _os._home_dir(None)
    else:
        home = _os._home_dir(path[1:i])
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def _is_word(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")


def expandvars(path):
    """path with `$name` and `${name}` replaced by the values of those
    environment variables; names that are not set stay as they are."""
    path = _os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expandvars(os.fsdecode(path)))
    if "$" not in path:
        return path
    i = 0
    while True:
        i = path.find("$", i)
        if i < 0:
            break
        j = i + 1
        if j < len(path) and path[j] == "{":
            close = path.find("}", j + 1)
            if close < 0:
                i += 1
                continue
            name = path[j + 1 : close]
            j = close + 1
        else:
            while j < len(path) and _is_word(path[j]):
                j += 1
            if j == i + 1:
                i += 1
                continue
            name = path[i + 1 : j]
        try:
            value = os.environ[name]
        except KeyError:
            i = j
            continue
        tail = path[j:]
        path = path[:i] + value
        i = len(path)
        path += tail
    return path


# ---- asking the file system ----------------------------------------------------------


def exists(path):
    """True if path names an existing file (a broken symbolic link does not)."""
    try:
        _os._stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """True if path names an existing file or symbolic link."""
    try:
        _os._lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path):
    try:
        return _os._stat(path)[_MODE] & _S_IFMT
    except (OSError, ValueError):
        return None


def isfile(path):
    """True if path is a regular file (following symbolic links)."""
    return _mode(path) == _S_IFREG


def isdir(s):
    """True if s is a directory (following symbolic links)."""
    return _mode(s) == _S_IFDIR


def islink(path):
    """True if path is a symbolic link."""
    try:
        st = _os._lstat(path)
    except (OSError, ValueError):
        return False
    return st[_MODE] & _S_IFMT == _S_IFLNK


def ismount(path):
    """True if path is a mount point: a directory on another device than
    its parent, or the root."""
    try:
        s1 = _os._lstat(path)
    except (OSError, ValueError):
        return False
    if s1[_MODE] & _S_IFMT == _S_IFLNK:
        return False
    path = _os.fspath(path)
    parent = realpath(join(path, b".." if isinstance(path, bytes) else pardir))
    try:
        s2 = _os._lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[_DEV] != s2[_DEV] or s1[_INO] == s2[_INO]


def getsize(filename):
    """The size of a file, in bytes."""
    return _os._stat(filename)[_SIZE]


def getmtime(filename):
    """The time a file was last modified, in seconds since the epoch."""
    return _os._stat(filename)[_MTIME]


def getatime(filename):
    """The time a file was last accessed, in seconds since the epoch."""
    return _os._stat(filename)[_ATIME]


def getctime(filename):
    """The time a file's status last changed, in seconds since the epoch."""
    return _os._stat(filename)[_CTIME]


def samestat(s1, s2):
    """True if the two stat results are of the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True if the two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def realpath(filename, *, strict=False):
    """The canonical absolute path of filename: every symbolic link in it
    resolved. With strict, a missing component or a link loop raises
    OSError; otherwise what cannot be resolved is kept as it is."""
    filename = _os.fspath(filename)
    if isinstance(filename, bytes):
        return os.fsencode(realpath(os.fsdecode(filename), strict=strict))
    path, ok = _resolve("", filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Appends the components of rest to the already resolved path. seen
    # maps each link being or already resolved to its result (None while
    # in progress, which is how a loop shows). Returns (path, False) after
    # a loop, with the rest left unresolved.
    if rest.startswith("/"):
        rest = rest[1:]
        path = "/"
    while rest:
        name, _, rest = rest.partition("/")
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = _os._lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[_MODE] & _S_IFMT == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                # Raises the loop error (ELOOP) for the link.
                _os._stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, _os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
