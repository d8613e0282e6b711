# async def and await without an event loop: coroutines driven by send,
# throw and close, awaitables with __await__, and CPython's errors.
class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("sleep", self.tag)
        return got


async def add(a, b):
    x = await Sleep("a")
    y = await Sleep("b")
    return a + b + x + y


async def main():
    r = await add(1, 2)
    s = await add(10, 20)
    return [r, s]


def run(coro):
    sent = None
    steps = []
    try:
        while True:
            req = coro.send(sent)
            steps.append(req)
            sent = len(steps)
    except StopIteration as e:
        return e.value, steps


print(run(main()))
c = add(1, 1)
print(type(c).__name__, repr(c).startswith("<coroutine object add at 0x"))
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
print(c.send(None))
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def plain():
    return 42


try:
    plain().send(None)
except StopIteration as e:
    print("returned", e.value)


async def bad_await():
    await 5


try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError:", e)


async def thrower():
    try:
        await Sleep("t")
    except ValueError as e:
        print("coroutine caught", e)
        return "recovered"


t = thrower()
t.send(None)
try:
    t.throw(ValueError("v"))
except StopIteration as e:
    print("after throw", e.value)


class Bad:
    def __await__(self):
        return 5


async def use_bad():
    await Bad()


try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(c, "send"), hasattr(c, "__next__"))
