# athrow(): throws an exception into an async generator where it is
# suspended; the generator may catch it and yield again (the await's
# result), let it propagate, or end (StopAsyncIteration).
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



async def resilient():
    n = 0
    while n < 3:
        try:
            yield n
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"
        n += 1


g = resilient()
print(result(g.__anext__()))
t = g.athrow(ValueError("bad"))
print(type(t).__name__, repr(t).startswith("<async_generator_athrow object at 0x"))
print(result(t))
print(result(g.__anext__()))
print(result(g.athrow(ValueError, "as class and value")))
print(result(g.athrow(KeyError("not caught"))))
print(result(g.__anext__()))
print(result(g.athrow(ValueError("after end"))))


async def ends_on_throw():
    try:
        yield 1
    except LookupError:
        print("ending quietly")


e = ends_on_throw()
print(result(e.__anext__()))
print(result(e.athrow(IndexError("ix"))))

# Into a generator that has not started: raised at its start.
fresh = resilient()
print(result(fresh.athrow(TypeError("at start"))))
print(result(fresh.__anext__()))

# Bad arguments.
b = resilient()
print(result(b.athrow(42)))
print(result(b.athrow(ValueError("v"), "extra")))
print(result(b.athrow(ValueError, ("a", "b"))))
print(result(b.aclose()))

# throw() into the awaitables themselves.
c = resilient()
a = c.__anext__()
print(thrown(a, OSError("into asend")))
print(result(c.__anext__()))
d = resilient()
print(result(d.__anext__()))
x = d.athrow(ValueError("first"))
print(thrown(x, ValueError("second")))
print(result(d.aclose()))

# A used athrow awaitable cannot be reused.
u = resilient()
print(result(u.__anext__()))
ua = u.athrow(ValueError("once"))
print(result(ua))
print(result(ua))
print(result(u.aclose()))
