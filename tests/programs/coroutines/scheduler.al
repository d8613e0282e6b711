# A tiny round-robin scheduler of coroutines, the way event loops drive
# them: each await of a Yield object suspends the whole await chain.
class Yield:
    def __await__(self):
        yield "yield"


async def worker(name, n, log):
    total = 0
    for i in range(n):
        log.append(f"{name} step {i}")
        await Yield()
        total += i
    return f"{name} done: {total}"


async def pair(log):
    a = await worker("inner-a", 2, log)
    b = await worker("inner-b", 1, log)
    return a + " / " + b


def run_all(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        idx, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((idx, c))
        except StopIteration as e:
            results[idx] = e.value
    return [results[i] for i in sorted(results)]


log = []
print(run_all([worker("a", 3, log), worker("b", 2, log), pair(log)]))
for line in log:
    print(line)


async def fails():
    await Yield()
    raise KeyError("from coroutine")


c = fails()
c.send(None)
try:
    c.send(None)
except KeyError as e:
    print("KeyError", e)


async def finally_on_close():
    try:
        await Yield()
    finally:
        print("cleanup on close")


f = finally_on_close()
f.send(None)
f.close()
print("closed")
