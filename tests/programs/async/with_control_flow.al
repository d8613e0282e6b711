# Leaving an async with body by return, break or continue awaits
# __aexit__(None, None, None) first; a return value is computed before it.
class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps


class CM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await Tick("enter " + self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("exit", self.name, exc)
        await Tick("exit " + self.name)


def value(v):
    print("computing return value", v)
    return v


async def returns():
    async with CM("r") as n:
        return value(n * 2)


print(run(returns()))


async def loops():
    out = []
    for i in range(4):
        async with CM("loop%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    else:
        out.append("no else")
    while True:
        async with CM("w"):
            break
    return out


print(run(loops()))


async def nested_return():
    async with CM("outer"):
        try:
            async with CM("inner"):
                return "from inner"
        finally:
            print("finally between")


print(run(nested_return()))


async def return_from_except():
    async with CM("e"):
        try:
            raise ValueError("v")
        except ValueError as err:
            return repr(err)


print(run(return_from_except()))


async def with_in_loop_of_awaits():
    total = 0
    for i in range(3):
        async with CM(str(i)) as name:
            await Tick("body " + name)
            total += i
    return total


print(run(with_in_loop_of_awaits()))
