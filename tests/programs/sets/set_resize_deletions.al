# Order after many insertions, deletions and table resizes.
s = set()
for i in range(200):
    s.add(i * 37 % 211)
for i in range(0, 211, 2):
    s.discard(i)
print(s)
print(len(s))
for i in range(300, 320):
    s.add(i)
for i in range(1, 211, 4):
    s.discard(i)
print(s)
w = set()
for i in range(60):
    w.add("w" + str(i))
for i in range(0, 60, 3):
    w.remove("w" + str(i))
print(w)
w.add("new")
w.add("w0")
print(w)
