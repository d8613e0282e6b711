import signal
for s in [signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGXFSZ, signal.SIGUSR1, signal.SIGCHLD]:
    print(s.name, repr(signal.getsignal(s)))
print(signal.signal(signal.SIGTERM, signal.SIG_IGN))
print(repr(signal.signal(signal.SIGTERM, signal.SIG_DFL)))
print(repr(signal.getsignal(15)))
