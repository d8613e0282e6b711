# Many short-lived async generators and awaitables: the collector must keep
# suspended frames and their awaitables alive while they are in use.
class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield self.v
        return [self.v] * 3


def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n


async def chunks(i):
    data = await Tick(i)
    for j, x in enumerate(data):
        yield (i, j, str(x) * 2)


async def main():
    total = 0
    keep = []
    for i in range(300):
        async for t in chunks(i):
            total += len(t[2])
            if i % 97 == 0:
                keep.append(t)
    gens = [chunks(k) for k in range(50)]
    firsts = []
    for g in gens:
        v = await g.__anext__()
        firsts.append(v)
    for g in gens:
        await g.aclose()
    return total, keep, firsts[:3], len(firsts)


print(run(main()))
