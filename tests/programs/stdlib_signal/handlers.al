import signal
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signum, signal.Signals(signum).name, frame is None or True)
print(repr(signal.signal(signal.SIGUSR1, handler)))
signal.raise_signal(signal.SIGUSR1)
print("after", got)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)) == repr(handler))
print(repr(signal.getsignal(signal.SIGUSR1)))
