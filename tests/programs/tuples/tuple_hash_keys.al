# Tuples as dict keys and set members; hashes of equal tuples agree.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1, -2)))
s = {(1, 2), (2, 1), (1, 2), (1.0, 2.0)}
print(len(s), (2, 1) in s)
try:
    {([1], 2): 3}
except TypeError as ex:
    print("TypeError:", ex)
try:
    hash((1, [2]))
except TypeError as ex:
    print("TypeError:", ex)
pts = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
for (px, py), name in sorted(pts.items()):
    print(px, py, name)
