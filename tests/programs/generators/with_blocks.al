# A yield inside with blocks: __exit__ runs on exhaustion, on an exception
# thrown in, on close, and on return/continue out of the block.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError


def gen():
    with CM("a") as a:
        yield 1
        with CM("b"):
            x = yield 2
            print("got", x)
            if x == "boom":
                raise KeyError(x)
        yield 3
    yield "after"


print(list(gen()))
g = gen()
print(next(g), next(g), g.send("boom"))
print(list(g))
g2 = gen()
next(g2)
next(g2)
g2.close()
print("closed")
g3 = gen()
next(g3)
try:
    g3.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)


def loop_with():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            yield i
            if i == 2:
                return "ret"


print(list(loop_with()))
