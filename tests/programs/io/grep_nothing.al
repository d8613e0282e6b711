# grep's exit status when nothing matches: 1, with the count printed first
# and nothing on stderr.
import sys

lines = ["alpha", "beta", "gamma"]
pattern = sys.argv[1]
matches = [l for l in lines if pattern in l]
print(len(matches), "matches for", repr(pattern))
if not matches:
    sys.exit(1)
