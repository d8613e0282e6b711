# Nested lists: matrices, deep indexing, aliasing and copying.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], m[0][::-1], [row[1] for row in m])
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
flat = [x for row in m for x in row]
print(flat, sum(flat))
shallow = m.copy()
shallow[0][0] = 100
shallow[1] = ["new"]
print(m, shallow)
deep = [row[:] for row in m]
deep[2][2] = -9
print(m[2], deep[2])
tree = [1, [2, [3, [4, [5]]]]]
node = tree
depth = 0
while isinstance(node, list):
    print(depth, node[0])
    depth += 1
    node = node[1] if len(node) > 1 else None
x = []
x.append([x is x])
print(x)
x.append(x)
print(x, len(x), x[1] is x)
y = {"self": None}
y["self"] = y
print(y)
jag = [[], [1], [1, 2], [1, 2, 3]]
print([len(r) for r in jag], max(jag, key=len), min(jag))
