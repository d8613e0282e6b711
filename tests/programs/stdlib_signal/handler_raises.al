import signal
def boom(signum, frame):
    raise RuntimeError("boom %d" % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except RuntimeError as e:
    print("caught", e)
def loop():
    signal.raise_signal(signal.SIGUSR2)
try:
    loop()
except RuntimeError as e:
    print("caught again", e)
