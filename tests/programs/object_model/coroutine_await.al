# coroutine.__await__() returns a coroutine_wrapper iterator; __await__ on
# a class makes its instances awaitable.


async def add(a, b):
    return a + b


c = add(2, 3)
w = c.__await__()
print(type(w).__name__, type(w), iter(w) is w, type(c).__await__)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(w)
except StopIteration as e:
    print("again", e.value)
except RuntimeError as e:
    print("RuntimeError:", e)


class Step:
    def __await__(self):
        got = yield "step"
        return f"resumed with {got}"


async def uses_step():
    r = await Step()
    return "main got " + r


c = uses_step()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print(e.value)

c = uses_step()
w = c.__await__()
print(w.send(None))
try:
    w.send("x")
except StopIteration as e:
    print(e.value)


class Delegating:
    # The common pattern: an awaitable that runs a coroutine.
    def __await__(self):
        return add(10, 20).__await__()


async def main():
    return await Delegating()


try:
    main().send(None)
except StopIteration as e:
    print("delegated", e.value)


class ViaYieldFrom:
    def __await__(self):
        r = yield from uses_step().__await__()
        return r.upper()


async def main2():
    return await ViaYieldFrom()


c = main2()
print(c.send(None))
try:
    c.send(1)
except StopIteration as e:
    print(e.value)


# throw and close go into the coroutine.
async def guarded():
    try:
        await Step()
    except ValueError as e:
        return f"caught {e}"


w = guarded().__await__()
print(w.send(None))
try:
    w.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
w = guarded().__await__()
w.send(None)
print(w.close())
try:
    w.send(None)
except StopIteration as e:
    print("closed:", type(e).__name__)
except RuntimeError as e:
    print("RuntimeError:", e)

w = add(1, 1).__await__()
try:
    w.send(5)
except TypeError as e:
    print("TypeError:", e)
w.close()


async def awaits_wrapper():
    # Closed afterwards, so that no "never awaited" warning is due (its
    # line is where the collector finds the coroutine, in alc).
    c = add(1, 2)
    try:
        return await c.__await__()
    finally:
        c.close()


try:
    awaits_wrapper().send(None)
except TypeError as e:
    print("TypeError:", e)


class ReturnsCoroutine:
    def __await__(self):
        self.c = add(1, 2)
        return self.c


async def bad():
    r = ReturnsCoroutine()
    try:
        return await r
    finally:
        r.c.close()


try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)


class NotIterator:
    def __await__(self):
        return 5


async def bad2():
    await NotIterator()


try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(type(w)) if not n.startswith("__") or n in ("__iter__", "__next__")))
print(list(add(3, 4).__await__()) == [])
