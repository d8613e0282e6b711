# await inside larger expressions.
class Ask:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


async def compute():
    x = 1 + await Ask("a")
    print("x", x)
    print("two", await Ask("b"), await Ask("c"))
    pair = [await Ask("d"), 4]
    total = 0
    total += await Ask("e")
    label = "big" if await Ask("f") > 5 else "small"
    text = f"<{await Ask('g')}>"
    return pair, total, label, text


async def outer():
    return (await compute(), len(await Ask("h")))


def run(coro, replies):
    try:
        tag = coro.send(None)
        while True:
            print("awaiting", tag)
            tag = coro.send(replies[tag])
    except StopIteration as e:
        return e.value


print(run(outer(), {"a": 10, "b": 1, "c": 2, "d": 3, "e": 7, "f": 9, "g": "hi", "h": "four"}))
