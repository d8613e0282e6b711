# pop() removes elements in table order; repeated pops and re-adds.
s = {9, 1, 17, 33, 2, 100}
out = []
for _ in range(3):
    out.append(s.pop())
print(out, s)
s.add(1)
s.add(64)
print(s, s.pop(), s)
t = {"x", "y", "z", "w"}
print([t.pop() for _ in range(4)], t)
u = set(range(10))
for i in range(5):
    u.pop()
print(u)
