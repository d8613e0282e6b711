# Classes, closures, generators and exceptions inside exec'd code.
src = """
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2) + Point(3, 4)

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

c = counter()
c()
c()
calls = c()

def gen(n):
    for i in range(n):
        yield i * i

squares = list(gen(5))

class Err(Exception):
    pass

try:
    raise Err("boom")
except Err as e:
    caught = repr(e)

total = 0
for i in range(10):
    if i == 7:
        break
    total += i
else:
    total = -1

while total > 100:
    total -= 1

with open("f.txt", "w") as fh:
    fh.write("written")
"""
ns = {}
exec(src, ns)
print(ns["p"], ns["calls"], ns["squares"], ns["caught"], ns["total"])
print(ns["Point"].__name__, ns["Point"].__qualname__, ns["Point"].__module__)
print(type(ns["p"]).__name__)
print(open("f.txt").read())

exec(src)
print(p, calls, Point.__module__)
print(isinstance(p, Point))

# A class defined in exec'd code can be subclassed outside.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(Point3(1, 2, 3), Point3(1, 2, 3).z)

# exec'd code sees the module's classes and functions.
def helper(v):
    return v * 3


exec("result = helper(4) + Point(0, 1).y")
print(result)
exec("class Local:\n    kind = 'local'\n", {"__name__": "mymod"})
ns2 = {"__name__": "mymod"}
exec("class Local:\n    kind = 'local'\n", ns2)
print(ns2["Local"].__module__, ns2["Local"].kind)
