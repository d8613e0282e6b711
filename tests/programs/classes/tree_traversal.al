# A binary search tree with recursive methods and iteration.
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.n = 0

    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.n += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.n

    def items(self):
        out = []

        def walk(node):
            if node:
                walk(node.left)
                out.append((node.key, node.val))
                walk(node.right)
        walk(self.root)
        return out

    def __iter__(self):
        return iter([k for k, _ in self.items()])

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))


t = BST()
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    t[w] = i
print(len(t), list(t), t["the"], "fox" in t, "cat" in t)
print(t.items()[:3], t.height())
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)
big = BST()
for k in range(500):
    big[(k * 7919) % 1000] = k
print(len(big), big.height(), sum(big) == sum(set((k * 7919) % 1000 for k in range(500))))
