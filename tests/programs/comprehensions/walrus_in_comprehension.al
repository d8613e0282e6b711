# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 5, 2, 8, 3]
doubled = [y for x in data if (y := x * 2) > 4]
print(doubled, y)
total = 0
running = [(total := total + v) for v in data]
print(running, total)
print([last := c for c in "abc"], last)
vals = {"a": "12", "b": "x", "c": "7"}
nums = {k: n for k, s in vals.items() if (n := (int(s) if s.isdigit() else None)) is not None}
print(nums, n)
def f():
    [inner := i for i in range(3)]
    return inner
print(f())
