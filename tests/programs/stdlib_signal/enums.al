import signal
print(repr(signal.SIGINT), signal.SIGINT, int(signal.SIGTERM), signal.SIGTERM == 15)
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(signal.Signals(9).name, signal.Signals['SIGUSR1'].value, signal.NSIG)
print([s.name for s in signal.Signals][:6], len(list(signal.Signals)))
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
print(repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
try:
    signal.Signals(32)
except ValueError as e:
    print(e)
vs = signal.valid_signals()
print(type(vs).__name__, len(vs), sorted(vs)[:3], 32 in vs, 35 in vs)
