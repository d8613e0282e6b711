# External merge sort: chunks of numbers are sorted and written to run
# files, then heapq.merge streams the runs back in order (reading lines
# lazily from the open files) into one output, checked against sorted().
import heapq
import random

random.seed(17)
data = [random.randint(-500, 500) for _ in range(200)]
runs = []
for i in range(0, len(data), 45):
    name = f"run{len(runs)}.txt"
    with open(name, "w") as f:
        f.writelines(f"{x}\n" for x in sorted(data[i:i + 45]))
    runs.append(name)
print(runs)
files = [open(r) for r in runs]
with open("merged.txt", "w") as out:
    for line in heapq.merge(*files, key=int):
        out.write(line)
for f in files:
    f.close()
merged = [int(line) for line in open("merged.txt")]
print(len(merged), merged[:8], merged[-3:], merged == sorted(data))
desc = list(heapq.merge(*[sorted(data[i::3], reverse=True) for i in range(3)], reverse=True))
print(desc[:5], desc == sorted(data, reverse=True))
words = heapq.merge(["apple", "fig"], ["kiwi", "banana", "cherry"], key=len)
print(list(words))
print(heapq.nsmallest(5, data), heapq.nlargest(3, data, key=abs), list(heapq.merge()))
