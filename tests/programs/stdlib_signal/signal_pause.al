import signal

hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print("after pause", hits)
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
while len(hits) < 4:
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print(len(hits) >= 4, set(hits))
