# Sums the integers given as arguments; arguments that are not integers are
# reported, and the exit status is the number of bad arguments.
import sys

total = 0
bad = 0
for i, arg in enumerate(sys.argv[1:], 1):
    try:
        total += int(arg, 0)
    except ValueError as e:
        bad += 1
        print(f"argument {i}: {e}")
print("total:", total)
print("bad:", bad)
sys.exit(bad)
