# sort | uniq -c | sort -rn over stdin read with sys.stdin.readlines():
# counts identical lines, keeps blank lines, strips only the newline.
import sys

lines = sys.stdin.readlines()
print(len(lines), repr(lines[-1]))
counts = {}
for line in lines:
    key = line.rstrip("\n")
    counts[key] = counts.get(key, 0) + 1
for key in sorted(counts):
    print(f"{counts[key]:>7} {key}")
print("---")
for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"{n:>7} {key!r}")
print(sys.stdin.readlines(), repr(sys.stdin.readline()))
