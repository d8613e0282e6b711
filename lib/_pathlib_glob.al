"""The selector behind pathlib's Path.glob and Path.rglob: the paths
below a directory that match a pattern's components, in the order the
directories list them (`**` for the directory and every one below it,
not entering symbolic links; hidden names match wildcards, as in
pathlib)."""

import fnmatch
import os


def _has_magic(part):
    return "*" in part or "?" in part or "[" in part


def select(path, parts):
    # The paths below path matching the pattern parts, in listing order.
    if not parts:
        yield path
        return
    part = parts[0]
    rest = parts[1:]
    if part == "**":
        for d in _walk_dirs(path):
            yield from select(d, rest)
    elif _has_magic(part):
        try:
            with os.scandir(path) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if rest:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if fnmatch.fnmatchcase(entry.name, part):
                yield from select(path._child(entry.name), rest)
    else:
        child = path._child(part)
        if (child.is_dir() if rest else child.exists() or child.is_symlink()):
            yield from select(child, rest)


def _walk_dirs(path):
    # path and every directory below it, not entering symbolic links.
    yield path
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_dirs(path._child(entry.name))
        except OSError:
            pass
