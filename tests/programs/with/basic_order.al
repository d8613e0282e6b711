# Enter and exit order around a with body, and what __enter__ returns.
class Tracer:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc)
        return False


print("before")
with Tracer("alpha") as value:
    print("body got", value)
print("after")

with Tracer("beta"):
    print("body without target")

t = Tracer("gamma")
with t as first:
    print("inside", first)
with t as second:
    print("reused", second)


class SelfManager:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, *args):
        self.events.append("exit")
        self.args = args


with SelfManager() as m:
    m.events.append("body")
print(m.events, m.args)


class ReturnsNone:
    def __enter__(self):
        print("enter returns nothing")

    def __exit__(self, a, b, c):
        print("exit args", a, b, c)


with ReturnsNone() as nothing:
    print("target is", nothing)


def count_calls():
    log = []

    class Counter:
        def __enter__(self):
            log.append(len(log))
            return len(log)

        def __exit__(self, *a):
            log.append(-1)

    for i in range(3):
        with Counter() as n:
            log.append(n * 10)
    return log


print(count_calls())
