# An augmented assignment reports a failing operation at the whole
# statement, and loading or storing the target at the target.
class Counter:
    def __init__(self):
        self.n = 0


c = Counter()
c.n += 1
counts = {"a": 1}
counts["a"] += 1
print(c.n, counts)
try:
    counts["b"] += 1
except KeyError as e:
    print("KeyError:", e)
try:
    c.m += 1
except AttributeError as e:
    print("AttributeError:", e)
values = [1, 2]; values[0] += "x"
