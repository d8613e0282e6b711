import signal

print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF, signal.ItimerError)
print(issubclass(signal.ItimerError, OSError))
print(signal.setitimer(signal.ITIMER_REAL, 10, 0.5))
print(signal.getitimer(signal.ITIMER_REAL)[1])
print(signal.setitimer(signal.ITIMER_REAL, 0)[1], signal.getitimer(signal.ITIMER_REAL))
print(signal.getitimer(signal.ITIMER_VIRTUAL), signal.setitimer(signal.ITIMER_PROF, 0))
for args in [(99, 1), (signal.ITIMER_REAL, -1)]:
    try:
        signal.setitimer(*args)
    except signal.ItimerError as e:
        print(type(e).__name__, e, e.errno)
try:
    signal.getitimer(7)
except signal.ItimerError as e:
    print(e)
try:
    signal.setitimer(signal.ITIMER_REAL, "x")
except TypeError as e:
    print(e)
