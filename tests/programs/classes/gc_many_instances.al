# Many short-lived instances, cycles through attributes, and bound methods
# kept in containers: the collector must keep what is reachable.
class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []

    def link(self, other):
        self.peer = other
        other.peer = self
        return self


def churn(n):
    keep = []
    for i in range(n):
        a = Node(i).link(Node(-i))
        a.children.append(Node(i * 2))
        if i % 1000 == 0:
            keep.append(a)
    return keep


kept = churn(30000)
print(len(kept), [k.value + k.peer.value for k in kept][:5], kept[-1].children[0].value)
methods = [Node(i).link for i in range(2000)]
print(sum(m(Node(0)).value for m in methods))
ring = [Node(i) for i in range(1000)]
for i, node in enumerate(ring):
    node.peer = ring[(i + 1) % len(ring)]
del ring[1:]
cur, total = ring[0], 0
for _ in range(1000):
    total += cur.value
    cur = cur.peer
print(total)


class Bag:
    def __init__(self):
        self.items = {}

    def add(self, k):
        self.items[k] = Node(str(k) * 3)


b = Bag()
for i in range(20000):
    b.add(i % 500)
print(len(b.items), b.items[499].value)
