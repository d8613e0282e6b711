import signal
def h(s, f):
    pass
for args in [(0, h), (65, h), (-1, h), (9, signal.SIG_IGN), (19, h), (2, 5), (2, None), (2, 'x')]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(args[0], type(e).__name__, e)
for n in [0, 65]:
    try:
        signal.getsignal(n)
    except ValueError as e:
        print(e)
for f, a in [(signal.strsignal, 'x'), (signal.alarm, 'x'), (signal.strsignal, 0), (signal.raise_signal, 70)]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
