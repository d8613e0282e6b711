# In-place operators: __iadd__ and friends, falling back to the binary ones.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, b)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return OnlyAdd(self.n + other)

    def __repr__(self):
        return f"OnlyAdd({self.n})"


x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)


class Ignores:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return "fell back to __add__"


z = Ignores()
z += 1
print(z)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, k):
        return self.cells.get(k, 0)

    def __setitem__(self, k, v):
        self.cells[k] = v


g = Grid()
g[1, 2] += 5
g[1, 2] += 5
g["a"] -= 1
print(g.cells)


class Holder:
    pass


h = Holder()
h.count = 0
for i in range(5):
    h.count += i
print(h.count)
for code in ("q -= 1", "q **= 2", "q @= q", "q //= 1.5"):
    try:
        q = Holder()
        exec_map = {"q -= 1": 0}
        if code == "q -= 1":
            q -= 1
        elif code == "q **= 2":
            q **= 2
        elif code == "q @= q":
            q @= q
        else:
            q //= 1.5
    except TypeError as e:
        print("TypeError:", e)
try:
    lst = [1]
    lst -= 1
except TypeError as e:
    print("TypeError:", e)
