# The built-ins aiter() and anext(): type(x).__aiter__ and __anext__, with a
# default for anext that replaces StopAsyncIteration, and CPython's errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield "first"
    yield "second"


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = agen()
    print(aiter(g) is g)
    v = await anext(g)
    print(v)
    v = await anext(g, "default")
    print(v)
    v = await anext(g, "default")
    print(v)
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    t = aiter(Ticker(2))
    r = [await anext(t, None) for _ in range(3)]
    print(r)
    print(type(anext(agen())).__name__, type(anext(agen(), 0)).__name__)
    a = anext(Ticker(0), "fallback")
    v = await a
    print(v)
    return "ok"


print(run(main()))

for bad in [1, "s", [1], None]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)


class AiterReturnsJunk:
    def __aiter__(self):
        return 5


try:
    aiter(AiterReturnsJunk())
except TypeError as e:
    print("TypeError:", e)
try:
    aiter()
except TypeError as e:
    print("TypeError:", e)
try:
    anext()
except TypeError as e:
    print("TypeError:", e)
try:
    anext(agen(), 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(aiter, anext)

# anext(it, default) driven by hand, as an event loop would.
w = anext(agen(), "d")
print(repr(w).startswith("<anext_awaitable object at 0x"))
try:
    w.send(None)
except StopIteration as e:
    print("value", e.value)
empty = Ticker(0)
w2 = anext(empty, "dflt")
try:
    next(w2)
except StopIteration as e:
    print("default via next:", e.value)
