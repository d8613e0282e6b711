import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def build(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.other = b
    return nodes[0]


for round in range(5):
    build(1000)
    gc.collect()
alive = build(10)
gc.collect()
count = 0
node = alive
while True:
    count += 1
    node = node.other
    if node is alive:
        break
print("ring intact:", count)
gc.disable()
total = 0
for i in range(20000):
    total += len([i, i + 1])
gc.enable()
print(total)
