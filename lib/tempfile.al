"""Temporary files and directories, as CPython's `tempfile` offers them:
`mkstemp`, `mkdtemp`, `mktemp`, `NamedTemporaryFile`, `TemporaryFile`,
`TemporaryDirectory`, `gettempdir`, `gettempprefix` and their bytes
forms. Names are made of a prefix, eight random characters and a suffix,
in the directory `gettempdir()` finds (`TMPDIR`, `TEMP`, `TMP`, then
`/tmp`, `/var/tmp`, `/usr/tmp`, then the working directory).
`SpooledTemporaryFile` holds binary data only (text modes are not there
yet)."""

import io as _io
import os as _os
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile",
    "TemporaryFile",
    "mkstemp",
    "mkdtemp",
    "mktemp",
    "TMP_MAX",
    "gettempprefix",
    "tempdir",
    "gettempdir",
    "gettempprefixb",
    "gettempdirb",
    "TemporaryDirectory",
    "SpooledTemporaryFile",
]

TMP_MAX = 238328

template = "tmp"

tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"

_rng = None


def _random_name():
    # Eight characters drawn from an unseeded generator (os.urandom), as
    # CPython's name sequence does.
    global _rng
    if _rng is None:
        import random
        _rng = random.Random()
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _infer_return_type(*args):
    # str or bytes, from the arguments given (None goes with either).
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in "
                                "path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in "
                                "path components.")
            return_type = str
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        if output_type is str:
            prefix = template
        else:
            prefix = _os.fsencode(template)
    if dir is None:
        if output_type is str:
            dir = gettempdir()
        else:
            dir = gettempdirb()
    return prefix, suffix, dir, output_type


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    # The first candidate directory a file can be created in.
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = _random_name()
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except PermissionError:
                if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                    continue
                break
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


def gettempprefix():
    """The default prefix of temporary names, 'tmp'."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary files go in by default (found once)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    dir = _os.path.abspath(dir)
    for seq in range(TMP_MAX):
        name = _random_name()
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


_TEXT_OPENFLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
_BIN_OPENFLAGS = _TEXT_OPENFLAGS


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file that only the user can read and write, named
    dir/prefix + eight random characters + suffix; returns its open
    descriptor and absolute name. The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _TEXT_OPENFLAGS if text else _BIN_OPENFLAGS
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory that only the user can use, named as
    mkstemp names files; returns its absolute name. The caller removes
    it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        name = _random_name()
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir) and _os.access(dir, _os.W_OK):
                continue
            raise
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file had when asked (unsafe: another process may take it
    before the caller does; use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for seq in range(TMP_MAX):
        name = _random_name()
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with the name of its file, which it removes when it
    is closed (when delete is true); other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its `name`), opened with mode,
    removed when closed if delete is true."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _BIN_OPENFLAGS
    fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
    _os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name in the file system: it is removed as
    soon as it is opened (its `name` is the removed path, where CPython's
    is the descriptor number)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_OPENFLAGS, output_type)
    _os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    finally:
        _os.unlink(name)
    return file


class TemporaryDirectory:
    """A temporary directory (its absolute name in `name`), removed with
    everything in it by cleanup() or when the `with` block using it
    ends."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Removes the directory and everything in it."""
        if self._done or not _os.path.lexists(self.name):
            self._done = True
            return
        self._done = True

        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                # A directory the program made unwritable: make it
                # writable and try again.
                try:
                    if path != self.name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    if _os.path.isdir(path) and not _os.path.islink(path):
                        _shutil.rmtree(path, onerror=onerror)
                    else:
                        _os.unlink(path)
                    return
                except OSError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                return
            if not self._ignore_cleanup_errors:
                raise exc_info[1]

        _shutil.rmtree(self.name, onerror=onerror)


class SpooledTemporaryFile:
    """A binary temporary file kept in memory (a BytesIO) until it grows
    past max_size bytes or rollover() is called, then moved to a
    TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" not in mode:
            raise NotImplementedError(
                "not supported yet: tempfile.SpooledTemporaryFile in text mode")
        self._file = _io.BytesIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering,
                                   "suffix": suffix, "prefix": prefix,
                                   "encoding": encoding, "newline": newline,
                                   "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Moves the data to a real temporary file (once)."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        # The lines of the file. (CPython returns the file's own iterator;
        # alc does not take a BytesIO as what __iter__ returns yet.)
        yield from self._file

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        # One write per item: alc's BytesIO has no writelines yet.
        for line in iterable:
            file.write(line)
        self._check(file)
