import os

# Every name of CPython's os.__all__ that alc has on Linux.
names = [
    "CLD_CONTINUED", "CLD_DUMPED", "CLD_EXITED", "CLD_KILLED", "CLD_STOPPED", "CLD_TRAPPED",
    "DirEntry", "EX_CANTCREAT", "EX_CONFIG", "EX_DATAERR", "EX_IOERR", "EX_NOHOST",
    "EX_NOINPUT", "EX_NOPERM", "EX_NOUSER", "EX_OK", "EX_OSERR", "EX_OSFILE", "EX_PROTOCOL",
    "EX_SOFTWARE", "EX_TEMPFAIL", "EX_UNAVAILABLE", "EX_USAGE", "F_LOCK", "F_OK", "F_TEST",
    "F_TLOCK", "F_ULOCK", "GRND_NONBLOCK", "GRND_RANDOM", "NGROUPS_MAX", "O_ACCMODE",
    "O_APPEND", "O_ASYNC", "O_CLOEXEC", "O_CREAT", "O_DIRECT", "O_DIRECTORY", "O_DSYNC",
    "O_EXCL", "O_FSYNC", "O_LARGEFILE", "O_NDELAY", "O_NOATIME", "O_NOCTTY", "O_NOFOLLOW",
    "O_NONBLOCK", "O_PATH", "O_RDONLY", "O_RDWR", "O_RSYNC", "O_SYNC", "O_TMPFILE", "O_TRUNC",
    "O_WRONLY", "PRIO_PGRP", "PRIO_PROCESS", "PRIO_USER", "P_ALL", "P_PGID", "P_PID",
    "P_PIDFD", "RTLD_DEEPBIND", "RTLD_GLOBAL", "RTLD_LAZY", "RTLD_LOCAL", "RTLD_NODELETE",
    "RTLD_NOLOAD", "RTLD_NOW", "R_OK", "SCHED_BATCH", "SCHED_FIFO", "SCHED_IDLE",
    "SCHED_OTHER", "SCHED_RESET_ON_FORK", "SCHED_RR", "SEEK_CUR", "SEEK_DATA", "SEEK_END",
    "SEEK_HOLE", "SEEK_SET", "ST_APPEND", "ST_MANDLOCK", "ST_NOATIME", "ST_NODEV",
    "ST_NODIRATIME", "ST_NOEXEC", "ST_NOSUID", "ST_RDONLY", "ST_RELATIME", "ST_SYNCHRONOUS",
    "ST_WRITE", "TMP_MAX", "WCONTINUED", "WCOREDUMP", "WEXITED", "WEXITSTATUS", "WIFCONTINUED",
    "WIFEXITED", "WIFSIGNALED", "WIFSTOPPED", "WNOHANG", "WNOWAIT", "WSTOPPED", "WSTOPSIG",
    "WTERMSIG", "WUNTRACED", "W_OK", "X_OK", "access", "altsep", "chdir", "chmod",
    "chown", "close", "closerange", "cpu_count", "curdir", "defpath", "device_encoding",
    "devnull", "dup", "dup2", "environ", "environb", "error", "extsep", "fchdir", "fchmod",
    "fchown", "fdatasync", "fdopen", "fsdecode", "fsencode", "fspath", "fstat", "fstatvfs",
    "fsync", "ftruncate", "get_blocking", "get_exec_path", "get_inheritable",
    "get_terminal_size", "getcwd", "getcwdb", "getegid", "getenv", "getenvb", "geteuid",
    "getgid", "getgroups", "getloadavg", "getpgid", "getpgrp", "getpid", "getppid",
    "getpriority", "getrandom", "getresgid", "getresuid", "getsid", "getuid", "isatty", "kill",
    "killpg", "lchown", "linesep", "link", "listdir", "lseek", "lstat", "major", "makedev",
    "makedirs", "minor", "mkdir", "mkfifo", "name", "nice", "open", "pardir", "path",
    "pathsep", "pipe", "pipe2", "pread", "putenv", "pwrite", "read", "readlink", "remove",
    "removedirs", "rename", "renames", "replace", "rmdir", "scandir", "sched_yield", "sep",
    "set_blocking", "set_inheritable", "setpriority", "stat", "stat_result", "statvfs",
    "statvfs_result", "strerror", "supports_bytes_environ", "symlink", "sync", "terminal_size",
    "times", "times_result", "truncate", "ttyname", "umask", "uname", "uname_result", "unlink",
    "unsetenv", "urandom", "utime", "wait", "waitpid", "waitstatus_to_exitcode", "walk",
    "write",
]
for n in names:
    v = getattr(os, n)
    if callable(v) and not isinstance(v, type):
        print(n, "callable")
    elif isinstance(v, (int, str)) and n not in ("environ",):
        print(n, repr(v) if not n.startswith("O_") or n in ("O_RDONLY", "O_WRONLY", "O_RDWR") else type(v).__name__)
    else:
        print(n, type(v).__name__)
print(len(names))
