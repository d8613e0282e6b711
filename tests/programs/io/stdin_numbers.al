# Reads the whole of stdin with sys.stdin.read(), parses a header line and
# rows of numbers, and prints summary statistics; input() afterwards is at
# end of file.
import sys

data = sys.stdin.read()
print(len(data), data.count("\n"), repr(data[-5:]))
header, *rows = data.strip().split("\n")
names = header.split()
columns = {n: [] for n in names}
bad = []
for i, row in enumerate(rows, 2):
    fields = row.split()
    if len(fields) != len(names):
        bad.append((i, f"expected {len(names)} fields, got {len(fields)}"))
        continue
    try:
        values = [float(f) for f in fields]
    except ValueError as e:
        bad.append((i, str(e)))
        continue
    for n, v in zip(names, values):
        columns[n].append(v)
for n, vs in columns.items():
    mean = sum(vs) / len(vs)
    var = sum((v - mean) ** 2 for v in vs) / (len(vs) - 1)
    print(f"{n:>6}: n={len(vs)} min={min(vs):g} max={max(vs):g} mean={mean:.4f} sd={var ** 0.5:.4f}")
for line, why in bad:
    print(f"line {line}: {why}")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
