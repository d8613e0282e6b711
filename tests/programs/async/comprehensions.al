# Comprehensions in an async def: async for clauses, await in the element,
# in a dict's key and value and in conditions, mixed with plain for clauses
# and nested comprehensions.
class Double:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("double", self.v)
        return self.v * 2


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


async def agen(n):
    for i in range(n):
        await Double(i)
        yield i


async def is_even(x):
    await Double(x)
    return x % 2 == 0


async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: x * x async for x in agen(3)}
    d = [await Double(x) for x in range(3)]
    e = {await Double(k): await Double(k + 10) for k in range(2)}
    f = [x async for x in agen(6) if await is_even(x)]
    g = [x async for x in agen(6) if x > 1 if await is_even(x)]
    h = [(i, j) for i in range(2) async for j in agen(2)]
    i = [(i, j) async for i in agen(2) for j in "ab"]
    j = [[await Double(y) for y in range(x)] async for x in agen(3)]
    k = {await Double(x) async for x in agen(3)}
    return a, b, c, d, e, f, g, h, i, j, k


for part in run(main())[0]:
    print(part)
print(run(main())[1])


async def returned():
    return [await Double(x) async for x in agen(2)]


print(run(returned()))


async def statement_and_scope():
    x = "outer x"
    [await Double(v) async for v in agen(2)]
    ys = [x async for x in agen(2)]
    return x, ys


print(run(statement_and_scope()))


async def closures():
    fs = [lambda: v async for v in agen(3)]
    return [f() for f in fs]


print(run(closures()))


async def errors():
    async def bad(n):
        yield 1
        raise KeyError(n)

    try:
        r = [v async for v in bad("k")]
    except KeyError as e:
        print("KeyError", e)
    try:
        lst = [1, 2]
        r = [v async for v in lst]
    except TypeError as e:
        print("TypeError:", e)
    try:
        r = [await v for v in [1]]
    except TypeError as e:
        print("TypeError:", e)
    return "errors done"


print(run(errors()))
