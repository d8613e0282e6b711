# Comprehensions that await, inside larger expressions.
class Ask:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield self.v
        return r

async def f():
    print([await Ask(x) for x in range(3)])
    total = sum([await Ask(x) for x in range(2)]) + 1
    return total, {k: await Ask(k) for k in "ab"}

c = f()
v = c.send(None)
try:
    while True:
        v = c.send(v * 10 if isinstance(v, int) else v + "!")
except StopIteration as e:
    print(e.value)
