# Nested loops: multiplication table, pairs, and breaking out with flags.
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += f"{i * j:4}"
    print(row)
pairs = []
for a in range(4):
    for b in range(a, 4):
        if (a + b) % 2 == 0:
            pairs.append((a, b))
print(pairs)
target = 24
found = None
for x in range(1, 10):
    for y in range(1, 10):
        if x * y == target and x < y:
            found = (x, y)
            break
    if found:
        break
print("found", found)
total = 0
for i in range(10):
    for j in range(i):
        for k in range(j):
            total += 1
print("triples", total)
