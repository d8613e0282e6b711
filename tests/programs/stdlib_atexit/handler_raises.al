import atexit
def first():
    print("first registered, runs last")
def bad():
    raise ValueError("oops")
atexit.register(first)
atexit.register(bad)
atexit.register(print, "runs first")
print("end of main")
import sys
sys.exit(2)
