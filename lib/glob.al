"""Shell-style pathname expansion, as CPython's `glob` does it: `glob`,
`iglob` (with `recursive` `**`, `root_dir` and `include_hidden`),
`escape`, `has_magic`, `glob0` and `glob1`. Names come in the order the
directory lists them, as in CPython; names starting with a dot match
only patterns starting with a dot unless include_hidden is true."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching pathname, a pattern with shell-style
    wildcards (`*`, `?`, `[...]`; `**` for any depth of directories when
    recursive is true)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths glob() would return."""
    if dir_fd is not None:
        raise TypeError("not supported yet: the dir_fd argument of glob.iglob")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # '**' matches the directory itself as an empty name: drop it.
        return _skip_empty(it)
    return it


def _skip_empty(it):
    first = True
    for s in it:
        if first:
            first = False
            if not s:
                continue
        yield s


def _join(a, b):
    return os.path.join(a, b) if a else b


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # A pattern ending with a separator matches directories only.
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly,
                                include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def glob0(dirname, pattern):
    """[pattern] when the file dirname/pattern exists, else []."""
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    """The names in directory dirname that match pattern."""
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    # '**': the directory itself (an empty name) and every path below it.
    if not dirname or _isdir(dirname):
        yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    # The names in dirname (only directories when dironly); [] when it
    # cannot be listed.
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    try:
        with os.scandir(dirname) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x)
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    try:
        st = os.stat(pathname)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def has_magic(s):
    """Whether s holds a wildcard (`*`, `?` or `[`)."""
    if isinstance(s, bytes):
        return b"*" in s or b"?" in s or b"[" in s
    return "*" in s or "?" in s or "[" in s


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b"**"
    return pattern == "**"


def escape(pathname):
    """pathname with its wildcards escaped (`*` as `[*]`, ...), so that it
    matches only itself."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in pathname:
            if b in b"*?[":
                out += b"[" + bytes([b]) + b"]"
            else:
                out.append(b)
        return bytes(out)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)
