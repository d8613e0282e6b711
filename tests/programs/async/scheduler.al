# A tiny round-robin event loop: tasks are coroutines that await Sleep and
# Lock objects; async generators produce work, async with guards a shared
# resource, and the loop drives everything with send().
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Lock:
    def __init__(self):
        self.owner = None
        self.log = []

    async def __aenter__(self):
        while self.owner is not None:
            await Sleep(1)
        self.owner = current[0]
        self.log.append(("acquire", self.owner))
        return self

    async def __aexit__(self, typ, val, tb):
        self.log.append(("release", self.owner, typ.__name__ if typ else None))
        self.owner = None
        await Sleep(0)
        return False


current = [None]


def run_all(tasks):
    clock = 0
    ready = [(0, i, name, coro) for i, (name, coro) in enumerate(tasks)]
    results = {}
    while ready:
        ready.sort()
        when, i, name, coro = ready.pop(0)
        clock = max(clock, when)
        current[0] = name
        try:
            kind, ticks = coro.send(None)
        except StopIteration as e:
            results[name] = (clock, e.value)
            continue
        except Exception as e:
            results[name] = (clock, "failed: " + repr(e))
            continue
        ready.append((clock + ticks, i, name, coro))
    return results


async def produce(name, n):
    for i in range(n):
        await Sleep(2)
        yield "%s-%d" % (name, i)


lock = Lock()
shared = []


async def worker(name, n):
    done = 0
    async for item in produce(name, n):
        async with lock:
            shared.append(item)
            await Sleep(1)
            done += 1
    return done


async def faulty():
    async with lock:
        await Sleep(1)
        raise ValueError("worker crashed")


results = run_all([("w1", worker("a", 3)), ("w2", worker("b", 2)), ("bad", faulty())])
for name in sorted(results):
    print(name, results[name])
print(shared)
for entry in lock.log:
    print(entry)
