# `as` targets of every shape: names, attributes, subscripts, tuples, lists, starred.
class Value:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        print("enter", self.v)
        return self.v

    def __exit__(self, t, e, tb):
        print("exit", self.v)


class Box:
    pass


box = Box()
with Value(1) as box.item:
    print("attribute", box.item)

slots = [0, 0, 0]
d = {}
with Value("x") as slots[1]:
    print("subscript", slots)
with Value(3.5) as d["key"]:
    print("dict item", d)

with Value((1, 2)) as (a, b):
    print("tuple", a, b)
with Value([3, 4, 5]) as [c, d2, e]:
    print("list", c, d2, e)
with Value("hello") as (first, *rest):
    print("starred", first, rest)
with Value(range(6)) as [*init, last]:
    print("starred list", init, last)
with Value(((1, 2), [3, (4, 5)])) as ((p, q), [r, (s, t)]):
    print("nested", p, q, r, s, t)
with Value({"a": 1, "b": 2}) as (k1, k2):
    print("dict keys", k1, k2)

grid = [[0, 0], [0, 0]]
with Value((7, 8)) as (grid[0][1], box.other):
    print("mixed", grid, box.other)


def local_targets():
    with Value((10, 20, 30)) as (x, *ys):
        total = x + sum(ys)
    return x, ys, total


print(local_targets())

counter = 0


def bump_global():
    global counter
    with Value(5) as counter:
        pass


bump_global()
print("global", counter)


def closure_target():
    with Value("cell") as captured:
        pass

    def inner():
        return captured * 2

    return inner()


print(closure_target())
