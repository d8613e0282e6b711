"""Signal handlers, as CPython's `signal` module offers them on Linux:
`signal`, `getsignal`, `raise_signal`, `alarm`, `strsignal`,
`valid_signals`, `default_int_handler`, the interval timers
(`setitimer`, `getitimer`, `ItimerError`), `pause`, `sigwait`,
`pthread_sigmask`, `sigpending`, and the enums `Signals`, `Handlers`
and `Sigmasks`.

The system side is rt's native module `_signal`. A handler written in Al
runs at the next poll point of the program (a function call or a loop
iteration), as CPython runs it between bytecodes; it gets `None` for the
frame argument, since alc has no frame objects."""

from enum import IntEnum
import _signal
from _signal import NSIG, alarm, default_int_handler, raise_signal, strsignal


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


SIGABRT = Signals.SIGABRT
SIGALRM = Signals.SIGALRM
SIGBUS = Signals.SIGBUS
SIGCHLD = Signals.SIGCHLD
SIGCLD = Signals.SIGCLD
SIGCONT = Signals.SIGCONT
SIGFPE = Signals.SIGFPE
SIGHUP = Signals.SIGHUP
SIGILL = Signals.SIGILL
SIGINT = Signals.SIGINT
SIGIO = Signals.SIGIO
SIGIOT = Signals.SIGIOT
SIGKILL = Signals.SIGKILL
SIGPIPE = Signals.SIGPIPE
SIGPOLL = Signals.SIGPOLL
SIGPROF = Signals.SIGPROF
SIGPWR = Signals.SIGPWR
SIGQUIT = Signals.SIGQUIT
SIGRTMAX = Signals.SIGRTMAX
SIGRTMIN = Signals.SIGRTMIN
SIGSEGV = Signals.SIGSEGV
SIGSTKFLT = Signals.SIGSTKFLT
SIGSTOP = Signals.SIGSTOP
SIGSYS = Signals.SIGSYS
SIGTERM = Signals.SIGTERM
SIGTRAP = Signals.SIGTRAP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGUSR1 = Signals.SIGUSR1
SIGUSR2 = Signals.SIGUSR2
SIGVTALRM = Signals.SIGVTALRM
SIGWINCH = Signals.SIGWINCH
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK

# What `getsignal` reports: CPython's start-up actions (SIGINT raises
# KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored).
_handlers = {}
for _n in range(1, NSIG):
    _handlers[_n] = Handlers.SIG_DFL
_handlers[2] = default_int_handler
_handlers[13] = Handlers.SIG_IGN
_handlers[25] = Handlers.SIG_IGN
_signal._set(25, 1)
del _n


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _check_signum(signalnum):
    signalnum = int(signalnum) if isinstance(signalnum, IntEnum) else signalnum
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def signal(signalnum, handler):
    """Set the action for signal signalnum; return the previous one."""
    import operator
    signalnum = _check_signum(operator.index(signalnum))
    if isinstance(handler, int) and handler in (0, 1):
        action = int(handler)
    elif callable(handler):
        action = handler
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, "
                        "signal.SIG_DFL, or a callable object")
    _signal._set(signalnum, action)
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return _int_to_enum(old, Handlers)


def getsignal(signalnum):
    """The current action for signal signalnum."""
    import operator
    signalnum = _check_signum(operator.index(signalnum))
    return _int_to_enum(_handlers[signalnum], Handlers)


def valid_signals():
    """The signal numbers valid on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


# ---- interval timers, waiting and masks ------------------------------------------------

ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class itimer_error(OSError):
    pass


itimer_error.__module__ = "signal"
ItimerError = itimer_error


def _seconds(x):
    if isinstance(x, float):
        return x
    import operator
    return float(operator.index(x))


def setitimer(which, seconds, interval=0.0):
    """Arms interval timer `which` to fire after `seconds` and then every
    `interval` seconds (0 disarms it); the previous (delay, interval)."""
    which = _check_int(which)
    try:
        return _signal._setitimer(which, _seconds(seconds), _seconds(interval))
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def getitimer(which):
    """The (delay, interval) left of interval timer `which`."""
    which = _check_int(which)
    try:
        return _signal._getitimer(which)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def _check_int(x):
    import operator
    return operator.index(x)


def pause():
    """Sleeps until a signal arrives, then runs its handler."""
    _signal.pause()


def _signal_numbers(sigset):
    nums = []
    for s in sigset:
        import operator
        n = operator.index(s)
        if not 1 <= n < NSIG:
            raise ValueError("signal number %d out of range [1; %d]" % (n, NSIG - 1))
        nums.append(n)
    return tuple(nums)


def _enum_set(nums):
    return {_int_to_enum(n, Signals) for n in nums}


def pthread_sigmask(how, mask):
    """Blocks, unblocks or sets the signals of `mask` for this thread;
    the previous mask as a set."""
    how = _check_int(how)
    return _enum_set(_signal._sigmask(how, _signal_numbers(mask)))


def sigpending():
    """The blocked signals waiting to be delivered."""
    return _enum_set(_signal._sigpending())


def sigwait(sigset):
    """Waits for one of the (blocked) signals of `sigset`: its number."""
    return _int_to_enum(_signal._sigwait(_signal_numbers(sigset)), Signals)
