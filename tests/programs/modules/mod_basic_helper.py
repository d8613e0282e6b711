"""The helper module of basic.al."""
print("helper body runs, __name__ =", __name__)
X = 10
_private = "hidden"
items = []


def double(a):
    return a * 2


def read_x():
    return X


def call_double(a):
    # A direct call inside the module: must see a rebinding made from outside.
    return double(a)


def add_item(v):
    items.append(v)
    return len(items)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def describe():
    return Point.__module__, double.__module__, repr(Point)
