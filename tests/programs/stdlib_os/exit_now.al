import os

print("before _exit", flush=True)
try:
    os._exit(3)
finally:
    print("never printed", flush=True)
