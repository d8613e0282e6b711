# An async for over a fresh async generator call closes the generator when
# the loop ends early (break, return, an exception), as CPython's reference
# counting does, so its finally blocks run at that point.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def counter(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("closing", name)


async def breaks():
    async for i in counter("break"):
        if i == 2:
            break
    print("after break")


run(breaks())


async def returns():
    async for i in counter("return"):
        if i == 1:
            return "returned"


print(run(returns()))


async def raises():
    try:
        async for i in counter("raise"):
            if i == 3:
                raise ValueError(i)
    except ValueError as e:
        print("caught", e)


run(raises())


async def exhausts():
    async def three():
        try:
            for i in range(3):
                yield i
        finally:
            print("three's finally")

    total = 0
    async for i in three():
        total += i
    print("total", total)
    g = three()
    async for i in g:
        break
    print("kept reference; closing explicitly")
    try:
        await g.aclose()
    except StopIteration:
        pass
    print("closed")


run(exhausts())
