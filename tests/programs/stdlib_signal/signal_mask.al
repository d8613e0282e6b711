import os
import signal

old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, 12})
print(old, type(old).__name__)
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending())
r = signal.sigwait([signal.SIGUSR1])
print(repr(r), signal.sigpending())
print(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [10, 12])))
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
for args in [(5, []), (signal.SIG_BLOCK, [0]), (signal.SIG_BLOCK, [99]), (signal.SIG_BLOCK, 5),
             (signal.SIG_BLOCK, ["a"])]:
    try:
        signal.pthread_sigmask(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.sigwait(5)
except TypeError as e:
    print(e)
got = []
signal.signal(signal.SIGUSR2, lambda s, f: got.append(s))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print(got, signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
print(got)
