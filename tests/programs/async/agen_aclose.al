# aclose(): GeneratorExit at the suspension point; finally blocks run (and
# may await), a generator that yields instead of ending is a RuntimeError,
# and a closed generator ends every later __anext__.
def result(aw, sent=None):
    try:
        return ("passed up", aw.send(sent))
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return (type(e).__name__, str(e))

def thrown(aw, exc):
    """throw() into an awaitable, reporting how it ended."""
    try:
        return ("passed up", aw.throw(exc))
    except StopIteration as e:
        return ("result", e.value)
    except StopAsyncIteration:
        return ("end",)
    except Exception as e:
        return (type(e).__name__, str(e))



class Pause:
    def __await__(self):
        got = yield "paused in finally"
        return got


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts")
        got = await Pause()
        print("cleanup got", got)


g = with_finally()
print(result(g.__anext__()))
c = g.aclose()
print(type(c).__name__)
print(result(c))
print(result(c, "resume value"))
print(result(g.__anext__()))
print(result(g.aclose()))

# Closing a generator that never started runs nothing.
print(result(with_finally().aclose()))


async def stubborn():
    while True:
        try:
            yield "again"
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
print(result(s.__anext__()))
print(result(s.aclose()))
print(result(s.athrow(KeyError("closed: not thrown"))))
print(thrown(s.__anext__(), KeyError("ends it")))


async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, returning")
        return


r = catches_and_returns()
print(result(r.__anext__()))
print(result(r.aclose()))


async def raises_other():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


o = raises_other()
print(result(o.__anext__()))
print(result(o.aclose()))


async def finished():
    yield 1


f = finished()
print(result(f.__anext__()), result(f.__anext__()))
print(result(f.aclose()))

# An aclose awaitable cannot be reused.
h = with_finally()
print(result(h.__anext__()))
ac = h.aclose()
print(result(ac))
print(result(ac, None))
print(result(ac))
