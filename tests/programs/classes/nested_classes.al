# Classes defined inside functions (closures over the function's locals)
# and inside other classes; __qualname__ records the nesting.
def make_counter_class(start, step):
    class Counter:
        def __init__(self):
            self.value = start

        def next(self):
            self.value += step
            return self.value

        def __repr__(self):
            return f"Counter(start={start}, step={step}, value={self.value})"

    return Counter


By2 = make_counter_class(0, 2)
By5 = make_counter_class(100, 5)
x, y = By2(), By5()
print(x.next(), x.next(), y.next(), x, y)
print(By2.__name__, By2.__qualname__, By2 is not By5, type(x) is By2)


class Outer:
    class Inner:
        def hello(self):
            return "inner hello"

        class Deeper:
            level = 3

    def make(self):
        return self.Inner()

    kind = Inner.Deeper.level * 10


o = Outer()
print(o.make().hello(), Outer.Inner.__qualname__, Outer.Inner.Deeper.__qualname__, Outer.kind)
print(isinstance(o.make(), Outer.Inner), Outer.Inner.Deeper.level, type(o.make()).__name__)


def registry():
    items = []

    class Item:
        def __init__(self, name):
            self.name = name
            items.append(self)

        @classmethod
        def all(cls):
            return [i.name for i in items]

    return Item


Item = registry()
Item("a")
Item("b")
print(Item.all(), Item.__qualname__)
Other = registry()
Other("z")
print(Other.all(), Item.all())


class Tree:
    class Node:
        __slots__ = ("val", "kids")

        def __init__(self, val, *kids):
            self.val = val
            self.kids = list(kids)

    def __init__(self, root):
        self.root = root

    def depth(self, node=None):
        node = node or self.root
        return 1 + max((self.depth(k) for k in node.kids), default=0)

    def values(self):
        out = []

        def walk(n):
            out.append(n.val)
            for k in n.kids:
                walk(k)

        walk(self.root)
        return out


N = Tree.Node
t = Tree(N(1, N(2, N(4)), N(3)))
print(t.depth(), t.values(), type(t.root).__qualname__)
