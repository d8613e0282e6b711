"""`getpass.getpass` and `getpass.getuser`, as CPython's on Linux.

`getpass` reads a line from the terminal (`/dev/tty`, else standard
input when it is a terminal) with echo turned off (the native
`_os_extra._echo`, as alc has no `termios`); when no terminal's echo can
be controlled it warns with GetPassWarning, says so on the stream, and
reads standard input. `getuser` gives the login name from the
environment (`LOGNAME`, `USER`, `LNAME`, `USERNAME`, the first that is
set and not empty), else the password database's name for the process's
user id (read from `/etc/passwd`, as alc has no `pwd` module)."""

import os
import sys
import _os_extra

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt="Password: ", stream=None):
    """Prompts for a password without echoing it; returns it without the
    line end."""
    tty = None
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
        tty = open(fd, "w+")
    except OSError:
        fd = None
    if tty is not None:
        input = tty
        if not stream:
            stream = tty
    else:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, ValueError):
            fd = None
        input = sys.stdin
        if not stream:
            stream = sys.stderr
    try:
        passwd = None
        echo_off = False
        if fd is not None:
            try:
                _os_extra._echo(fd, False)
                echo_off = True
            except OSError:
                pass
        if echo_off:
            try:
                passwd = _raw_input(prompt, stream, input)
            finally:
                _os_extra._echo(fd, True)
                stream.flush()
        else:
            if stream is not input and tty is not None:
                tty.close()
                tty = None
            passwd = _fallback(prompt, stream)
        stream.write("\n")
        return passwd
    finally:
        if tty is not None:
            tty.close()


def _fallback(prompt, stream):
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream, sys.stdin)


def _raw_input(prompt, stream, input):
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == "\n":
        line = line[:-1]
    return line


def getuser():
    """The login name of the user."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    with open('/etc/passwd') as f:
        for line in f:
            fields = line.rstrip('\n').split(':')
            if len(fields) > 2 and fields[2] == str(uid):
                return fields[0]
    raise KeyError('getpwuid(): uid not found: %d' % uid)
