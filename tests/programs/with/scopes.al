# with at module level, in class bodies, in nested functions and closures.
class Counter:
    def __init__(self, start):
        self.n = start

    def __enter__(self):
        self.n += 1
        return self.n

    def __exit__(self, *a):
        self.n -= 1


shared = Counter(0)
with shared as level:
    module_level = level * 10
print("module", level, module_level, shared.n)


class Config:
    with shared as depth:
        setting = "depth %d" % depth
    other = depth + 1


print(Config.setting, Config.depth, Config.other, shared.n)


def outer():
    results = []

    def record(msg):
        with shared as d:
            results.append("%s at %d" % (msg, d))

    with shared:
        record("inside")
        with shared:
            record("deeper")
    record("outside")
    return results


print(outer(), shared.n)


def make_counter():
    total = 0

    def add(k):
        nonlocal total
        with Counter(k) as total:
            pass
        return total

    return add


add = make_counter()
print(add(5), add(7))

values = [shared.n]
with Counter(100) as first, Counter(first) as second:
    values.append((first, second))
print(values)

lam = lambda: [v for v in range(3)]
with Counter(0) as z:
    print("comprehension inside with", [z + v for v in lam()])
