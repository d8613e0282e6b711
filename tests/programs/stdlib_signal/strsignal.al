import signal
for n in [1, 2, 3, 6, 9, 10, 11, 13, 14, 15, 17, 19, 34, 40, 64]:
    print(n, signal.strsignal(n))
