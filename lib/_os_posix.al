"""The part of `os` fewer programs use, which `os` re-exports: the
calls of the native `_os_extra` (descriptors, ownership, file-system
statistics, process groups, waiting, scheduling), their result classes
(`statvfs_result`, `uname_result`, `times_result`), the wait-status
macros, `major`/`minor`/`makedev`, and Linux's constants."""

import _os_extra
from _os_extra import (
    _exit, chown, closerange, dup, dup2, fchdir, fchmod, fchown, fdatasync, fstatvfs as _fstatvfs,
    get_blocking, get_inheritable, getgroups, getloadavg, getpgid, getpgrp, getpriority,
    getrandom, getresgid, getresuid, getsid, killpg, lchown, mkfifo, nice, pipe, pipe2,
    pread, pwrite, sched_yield, set_blocking, set_inheritable, setpriority,
    statvfs as _statvfs, sync, ttyname, waitpid,
)

__all__ = [
    "_exit", "chown", "closerange", "dup", "dup2", "fchdir", "fchmod", "fchown", "fdatasync",
    "fstatvfs", "get_blocking", "get_inheritable", "getgroups", "getloadavg", "getpgid",
    "getpgrp", "getpriority", "getrandom", "getresgid", "getresuid", "getsid", "killpg",
    "lchown", "mkfifo", "nice", "pipe", "pipe2", "pread", "pwrite", "sched_yield",
    "set_blocking", "set_inheritable", "setpriority", "statvfs", "sync", "ttyname",
    "waitpid", "wait", "uname", "times", "statvfs_result", "uname_result", "times_result",
    "WCOREDUMP", "WIFCONTINUED", "WIFSTOPPED", "WIFSIGNALED", "WIFEXITED", "WEXITSTATUS",
    "WTERMSIG", "WSTOPSIG", "waitstatus_to_exitcode", "major", "minor", "makedev",
    "get_exec_path", "supports_bytes_environ", "device_encoding",
    "WNOHANG", "WUNTRACED", "WCONTINUED", "WEXITED", "WSTOPPED", "WNOWAIT",
    "P_PID", "P_PGID", "P_ALL", "P_PIDFD", "PRIO_PROCESS", "PRIO_PGRP", "PRIO_USER",
    "EX_OK", "EX_USAGE", "EX_DATAERR", "EX_NOINPUT", "EX_NOUSER", "EX_NOHOST",
    "EX_UNAVAILABLE", "EX_SOFTWARE", "EX_OSERR", "EX_OSFILE", "EX_CANTCREAT", "EX_IOERR",
    "EX_TEMPFAIL", "EX_PROTOCOL", "EX_NOPERM", "EX_CONFIG",
    "O_ASYNC", "O_DIRECT", "O_DIRECTORY", "O_LARGEFILE", "O_NOATIME", "O_NOFOLLOW",
    "O_PATH", "O_TMPFILE", "SEEK_DATA", "SEEK_HOLE", "F_LOCK", "F_TLOCK", "F_ULOCK",
    "F_TEST", "GRND_NONBLOCK", "GRND_RANDOM", "ST_RDONLY", "ST_NOSUID", "ST_NODEV",
    "ST_NOEXEC", "ST_SYNCHRONOUS", "ST_MANDLOCK", "ST_WRITE", "ST_APPEND", "ST_NOATIME",
    "ST_NODIRATIME", "ST_RELATIME", "CLD_EXITED", "CLD_KILLED", "CLD_DUMPED",
    "CLD_TRAPPED", "CLD_STOPPED", "CLD_CONTINUED", "SCHED_OTHER", "SCHED_FIFO",
    "SCHED_RR", "SCHED_BATCH", "SCHED_IDLE", "SCHED_RESET_ON_FORK", "NGROUPS_MAX",
    "TMP_MAX", "RTLD_LAZY", "RTLD_NOW", "RTLD_GLOBAL", "RTLD_LOCAL", "RTLD_NODELETE",
    "RTLD_NOLOAD", "RTLD_DEEPBIND",
]


# ---- result classes -------------------------------------------------------------------


class _StructSeq(tuple):
    """A tuple of named fields, as CPython's C result types are."""

    _fields = ()
    _extra = ()
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(cls._fields)
        most = n + len(cls._extra)
        if len(seq) < n:
            if n == most:
                raise TypeError("%s.%s() takes a %d-sequence (%d-sequence given)"
                                % (cls.__module__, cls.__name__, n, len(seq)))
            raise TypeError("%s.%s() takes an at least %d-sequence (%d-sequence given)"
                            % (cls.__module__, cls.__name__, n, len(seq)))
        if len(seq) > most:
            if n == most:
                raise TypeError("%s.%s() takes a %d-sequence (%d-sequence given)"
                                % (cls.__module__, cls.__name__, n, len(seq)))
            raise TypeError("%s.%s() takes an at most %d-sequence (%d-sequence given)"
                            % (cls.__module__, cls.__name__, most, len(seq)))
        self = tuple.__new__(cls, seq[:n])
        extra = list(seq[n:])
        while len(extra) < len(cls._extra):
            extra.append(None)
        self._more = tuple(extra)
        return self

    def __repr__(self):
        return "%s.%s(%s)" % (type(self).__module__, type(self).__name__, ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self) + self._more,))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _more(i):
    return property(lambda self: self._more[i])


def _structseq(cls):
    for i, f in enumerate(cls._fields):
        setattr(cls, f, _field(i))
    for i, f in enumerate(cls._extra):
        setattr(cls, f, _more(i))
    cls.n_sequence_fields = len(cls._fields)
    cls.n_fields = len(cls._fields) + len(cls._extra)
    return cls


@_structseq
class statvfs_result(_StructSeq):
    """statvfs_result: Result from statvfs or fstatvfs."""
    __module__ = "os"
    _fields = ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
               "f_ffree", "f_favail", "f_flag", "f_namemax")
    _extra = ("f_fsid",)


@_structseq
class uname_result(_StructSeq):
    """uname_result: Result from os.uname()."""
    __module__ = "posix"
    _fields = ("sysname", "nodename", "release", "version", "machine")


@_structseq
class times_result(_StructSeq):
    """times_result: Result from os.times()."""
    __module__ = "posix"
    _fields = ("user", "system", "children_user", "children_system", "elapsed")


def _vfs(r):
    # The native order: bsize, frsize, blocks, bfree, bavail, files,
    # ffree, favail, fsid, flag, namemax.
    return statvfs_result(r[:8] + r[9:] + (r[8],))


def statvfs(path):
    """Statistics of the file system holding path (or descriptor)."""
    return _vfs(_statvfs(path))


def fstatvfs(fd):
    """Statistics of the file system holding open descriptor fd."""
    return _vfs(_fstatvfs(fd))


def uname():
    """The kernel's name, the node's name, release, version and machine."""
    return uname_result(_os_extra._uname())


def times():
    """The process's and its children's CPU times and the elapsed time."""
    return times_result(_os_extra._times())


def wait():
    """Waits for a child process: (pid, status)."""
    return waitpid(-1, 0)


# ---- wait statuses ----------------------------------------------------------------------


def _status(status):
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(status).__name__)
    return status & 0xFFFFFFFF


def WIFEXITED(status):
    return _status(status) & 0x7F == 0


def WEXITSTATUS(status):
    return (_status(status) >> 8) & 0xFF


def WIFSIGNALED(status):
    s = _status(status) & 0x7F
    return s != 0 and s != 0x7F


def WTERMSIG(status):
    return _status(status) & 0x7F


def WCOREDUMP(status):
    return bool(_status(status) & 0x80)


def WIFSTOPPED(status):
    return _status(status) & 0xFF == 0x7F


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WIFCONTINUED(status):
    return _status(status) & 0xFFFF == 0xFFFF


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: the exit status, or minus the
    number of the signal that killed the process."""
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError("process stopped by delivery of signal %d" % WSTOPSIG(status))
    raise ValueError("invalid wait status: %d" % status)


def major(device):
    """The major number of a device number."""
    return ((device >> 8) & 0xFFF) | ((device >> 32) & ~0xFFF & 0xFFFFFFFF)


def minor(device):
    """The minor number of a device number."""
    return (device & 0xFF) | ((device >> 12) & ~0xFF & 0xFFFFFFFF)


def makedev(major, minor):
    """The device number of a major and minor number."""
    return (((major & 0xFFF) << 8) | ((major & ~0xFFF) << 32)
            | (minor & 0xFF) | ((minor & ~0xFF) << 12))


def get_exec_path(env=None):
    """The directories a program is looked for in: PATH of env (or the
    environment), else the default path."""
    import os
    if env is None:
        env = os.environ
    path = env.get("PATH")
    if path is None:
        path = os.defpath
    return path.split(os.pathsep)


supports_bytes_environ = True


def device_encoding(fd):
    """The encoding of the terminal on fd, or None."""
    import os
    if not os.isatty(fd):
        return None
    return "UTF-8"


# ---- constants --------------------------------------------------------------------------

_AARCH64 = _os_extra._uname()[4] == "aarch64"

WNOHANG = 1
WUNTRACED = 2
WSTOPPED = 2
WEXITED = 4
WCONTINUED = 8
WNOWAIT = 0x1000000
P_ALL = 0
P_PID = 1
P_PGID = 2
P_PIDFD = 3
PRIO_PROCESS = 0
PRIO_PGRP = 1
PRIO_USER = 2
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
O_ASYNC = 0o20000
O_NOATIME = 0o1000000
O_PATH = 0o10000000
# These four differ between x86-64 and AArch64.
O_DIRECTORY = 0o40000 if _AARCH64 else 0o200000
O_NOFOLLOW = 0o100000 if _AARCH64 else 0o400000
O_DIRECT = 0o200000 if _AARCH64 else 0o40000
O_LARGEFILE = 0o400000 if _AARCH64 else 0
O_TMPFILE = 0o20000000 | O_DIRECTORY
SEEK_DATA = 3
SEEK_HOLE = 4
F_ULOCK = 0
F_LOCK = 1
F_TLOCK = 2
F_TEST = 3
GRND_NONBLOCK = 1
GRND_RANDOM = 2
ST_RDONLY = 1
ST_NOSUID = 2
ST_NODEV = 4
ST_NOEXEC = 8
ST_SYNCHRONOUS = 16
ST_MANDLOCK = 64
ST_WRITE = 128
ST_APPEND = 256
ST_NOATIME = 1024
ST_NODIRATIME = 2048
ST_RELATIME = 4096
CLD_EXITED = 1
CLD_KILLED = 2
CLD_DUMPED = 3
CLD_TRAPPED = 4
CLD_STOPPED = 5
CLD_CONTINUED = 6
SCHED_OTHER = 0
SCHED_FIFO = 1
SCHED_RR = 2
SCHED_BATCH = 3
SCHED_IDLE = 5
SCHED_RESET_ON_FORK = 0x40000000
NGROUPS_MAX = 65536
TMP_MAX = 238328
RTLD_LAZY = 1
RTLD_NOW = 2
RTLD_GLOBAL = 0x100
RTLD_LOCAL = 0
RTLD_NODELETE = 0x1000
RTLD_NOLOAD = 4
RTLD_DEEPBIND = 8
