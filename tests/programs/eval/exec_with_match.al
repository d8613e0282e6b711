# with statements (context managers) and match statements in exec'd code.
log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("open " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append("close " + self.name + (" after " + et.__name__ if et else ""))
        return et is KeyError


src = '''
with Resource("a") as r, Resource("b"):
    log.append("using " + r.name)
with Resource("c"):
    {}["nope"]
log.append("after c")

def describe(cmd):
    match cmd:
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case {"action": "say", "text": str(t)}:
            return "saying " + t
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case int(n) | float(n):
            return f"number {n}"
        case None:
            return "nothing"
        case _:
            return "unknown " + repr(cmd)
'''


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


exec(src)
print("\n".join(log))
for cmd in [["go", "north"], ["go", "west"], ["take", "key", "map"], ["take"],
            {"action": "say", "text": "hi"}, {"action": "say", "text": 3},
            Point(0, 0), Point(2, 2), Point(1, 2), 7, 2.5, None]:
    print(describe(cmd))
try:
    exec("with Resource('d'):\n    raise ValueError('boom')")
except ValueError as e:
    print("escaped:", e)
print(log[-2:])
