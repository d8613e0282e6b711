# The messages coroutines and async generators share with generators say
# which kind of object they are about.
def result(f):
    try:
        return ("ok", f())
    except StopIteration as e:
        return ("stop", e.value)
    except (RuntimeError, TypeError, ValueError, KeyError) as e:
        return (type(e).__name__, str(e))


async def raises_stop():
    raise StopIteration("s")


async def waits():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()


class Pause:
    def __await__(self):
        yield "p"


print(result(lambda: raises_stop().send(None)))
c = waits()
print(result(lambda: c.send(None)))
print(result(lambda: c.close()))
w = waits()
print(result(lambda: w.send("x")))
w.close()


def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = gen()
next(g)
print(result(lambda: g.close()))
print(result(lambda: gen().send("x")))


async def agen():
    yield 1


print(result(lambda: agen().asend("x").send(None)))
co = waits()
print(hasattr(co, "cr_running"), hasattr(co, "gi_running"), co.cr_running)
ag = agen()
print(ag.ag_running, hasattr(ag, "gi_running"), hasattr(ag, "send"), hasattr(ag, "__next__"))
print(hasattr(ag, "asend"), hasattr(ag, "athrow"), hasattr(ag, "aclose"), hasattr(ag, "__anext__"))
try:
    iter(ag)
except TypeError as e:
    print("TypeError:", e)
try:
    next(ag)
except TypeError as e:
    print("TypeError:", e)


async def awaits_agen():
    await agen()


print(result(lambda: awaits_agen().send(None)))
co.close()
print(result(lambda: c.throw(KeyError("ends the ignoring coroutine"))))
