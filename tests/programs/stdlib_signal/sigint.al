import signal
print(signal.getsignal(signal.SIGINT))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")
old = signal.signal(signal.SIGINT, signal.default_int_handler)
print(repr(old))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("direct", repr(e))
def mine(s, f):
    print("my handler", s)
signal.signal(signal.SIGINT, mine)
signal.raise_signal(signal.SIGINT)
print("done")
