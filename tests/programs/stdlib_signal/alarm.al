import signal
fired = []
def on_alarm(signum, frame):
    fired.append(signum)
print(signal.alarm(0))
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
n = 0
while not fired:
    n += 1
print("alarm", fired, n > 0)
print(signal.alarm(0))
signal.alarm(10)
print(signal.alarm(0) in (9, 10))
