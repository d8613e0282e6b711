import atexit
import sys
atexit.register(print, "exit handler", 1)
atexit.register(lambda: print("lambda handler"))
sys.exit(4)
