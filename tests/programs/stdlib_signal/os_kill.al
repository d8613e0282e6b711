import os
import signal
seen = []
signal.signal(signal.SIGTERM, lambda s, f: seen.append(s))
os.kill(os.getpid(), signal.SIGTERM)
print(seen)
os.kill(os.getpid(), 0)
try:
    os.kill(os.getpid(), 99)
except OSError as e:
    print(type(e).__name__, e)
