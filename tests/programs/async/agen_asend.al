# asend(v): the awaitable that resumes an async generator with v as the
# value of its yield expression; the rules for first sends, reuse and
# concurrent use of one generator.
def result(aw, sent=None):
    try:
        return ("passed up", aw.send(sent))
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("end",)
    except (RuntimeError, TypeError) as e:
        return (type(e).__name__, str(e))


class Pause:
    def __await__(self):
        x = yield "pause"
        return x


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            if v == "pause":
                v = await Pause()
            received.append(v)
    finally:
        print("echo received", received)


g = echo()
print(result(g.asend(None)))
print(result(g.asend("a")))
print(result(g.asend("b")))
a = g.asend("pause")
print(result(a))
print(result(a, "after pause"))
print(result(a))
print(result(g.__anext__()))

h = echo()
print(result(h.asend("not none")))
print(result(h.__anext__(), "not none either"))
print(result(h.asend(None)))

# One awaitable cannot be awaited twice.
once = h.asend(1)
print(result(once))
print(result(once))

# A second __anext__ while the first is still suspended in an await.
k = echo()
print(result(k.__anext__()))
first = k.asend("pause")
print(result(first))
second = k.__anext__()
print(result(second))
print(result(first, "resumed"))
print(result(k.aclose()))

# asend on an exhausted generator.


async def short():
    yield 1


s = short()
print(result(s.__anext__()), result(s.__anext__()), result(s.asend(5)))

# The awaitables are iterators of their own.
t = short()
it = t.asend(None)
print(iter(it) is it, it.__await__() is it)
try:
    next(it)
except StopIteration as e:
    print("next gave", e.value)
c = short().__anext__()
c.close()
print(result(c))
print(result(g.aclose()), result(h.aclose()))
