# A binary search tree as nested tuples (left, key, right) or None,
# with insert, search and traversal written as matches.
def insert(tree, key):
    match tree:
        case None:
            return (None, key, None)
        case (left, k, right) if key < k:
            return (insert(left, key), k, right)
        case (left, k, right) if key > k:
            return (left, k, insert(right, key))
        case _:
            return tree


def contains(tree, key):
    match tree:
        case None:
            return False
        case (_, k, _) if k == key:
            return True
        case (left, k, _) if key < k:
            return contains(left, key)
        case (_, _, right):
            return contains(right, key)


def inorder(tree):
    match tree:
        case None:
            return []
        case (left, k, right):
            return inorder(left) + [k] + inorder(right)


def height(tree):
    match tree:
        case None:
            return 0
        case (None, _, None):
            return 1
        case (l, _, r):
            return 1 + max(height(l), height(r))


def rotate_right(tree):
    match tree:
        case ((a, x, b), y, c):
            return (a, x, (b, y, c))
        case _:
            return tree


t = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t = insert(t, k)
print(inorder(t))
print(height(t), [contains(t, k) for k in (35, 36, 80, 10)])
r = rotate_right(t)
print(inorder(r) == inorder(t), height(r), r[1])
