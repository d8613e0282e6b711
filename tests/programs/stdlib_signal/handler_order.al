import os
import signal
order = []
def h(s, f):
    order.append(signal.Signals(s).name)
signal.signal(signal.SIGUSR1, h)
signal.signal(signal.SIGUSR2, h)
signal.signal(signal.SIGHUP, h)
for s in [signal.SIGUSR2, signal.SIGHUP, signal.SIGUSR1]:
    signal.raise_signal(s)
print(order)
def twice(n):
    total = 0
    for i in range(n):
        total += i
    return total
os.kill(os.getpid(), signal.SIGHUP)
print(twice(1000), order)
