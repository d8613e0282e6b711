# async with: __aenter__ and __aexit__ are awaited, the `as` target gets
# what the awaited __aenter__ returned, and __aexit__ sees (None, None, None).
class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("sleep", self.tag)
        return got


def run(coro):
    sent = None
    steps = []
    try:
        while True:
            steps.append(coro.send(sent))
            sent = len(steps) * 100
    except StopIteration as e:
        return e.value, steps


class Resource:
    def __init__(self, name):
        self.name = name
        self.log = []

    async def __aenter__(self):
        self.log.append("enter")
        got = await Sleep("open " + self.name)
        self.log.append(("opened", got))
        return self

    async def __aexit__(self, typ, val, tb):
        self.log.append(("exit", typ, val, tb))
        got = await Sleep("close " + self.name)
        self.log.append(("closed", got))
        return False


async def use(name):
    r = Resource(name)
    async with r as res:
        print("inside", res is r, res.log)
        x = await Sleep("work")
        print("work gave", x)
    print("after", r.log)
    async with Resource("plain"):
        print("no target")
    return name.upper()


print(run(use("db")))


class Sync:
    def __aenter__(self):
        return Sleep("sync enter")

    def __aexit__(self, *args):
        print("sync aexit args", args)
        return Sleep("sync exit")


async def sync_methods():
    async with Sync() as s:
        print("entered with", s)
    return "done"


print(run(sync_methods()))


async def targets():
    class Pair:
        async def __aenter__(self):
            return (1, [2, 3])

        async def __aexit__(self, *a):
            pass

    class Box:
        pass

    box = Box()
    d = {}
    async with Pair() as (a, [b, c]):
        print(a, b, c)
    async with Pair() as box.attr:
        print(box.attr)
    async with Pair() as d["k"]:
        print(d)
    async with Pair() as (first, *rest):
        print(first, rest)


print(run(targets()))
