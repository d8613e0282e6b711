# sys.exit with a bool: bool is an int, so True is status 1 and nothing is printed.
import sys
print("before")
try:
    sys.exit(False)
except SystemExit as e:
    print(repr(e.code))
sys.exit(True)
