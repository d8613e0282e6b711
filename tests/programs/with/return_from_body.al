# `return` out of a with body: the return value is computed first, then
# __exit__(None, None, None) runs, then the function returns.
class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, *args):
        print("  exit", self.name, args)


def compute(label):
    print("  computing", label)
    return label * 2


def simple():
    with Step("simple"):
        return compute("ab")
    print("unreachable")


print("result", simple())


def nested(flag):
    with Step("outer"):
        with Step("middle"), Step("inner"):
            if flag:
                return compute("x")
            print("  no early return")
        print("  after inner withs")
        return compute("y")


print("result", nested(True))
print("result", nested(False))


def in_loop(items):
    for item in items:
        with Step(item):
            if item == "stop":
                return "stopped at " + item
            print("  processed", item)
    return "finished"


print(in_loop(["a", "stop", "b"]))
print(in_loop(["c"]))


def bare_return():
    with Step("bare"):
        return


print("bare", bare_return())


class Recorder:
    log = []

    def __enter__(self):
        Recorder.log.append("enter")
        return len(Recorder.log)

    def __exit__(self, *a):
        Recorder.log.append("exit")


def returns_log_length():
    with Recorder() as n:
        return len(Recorder.log), n


print(returns_log_length(), Recorder.log)


def recursive(n):
    with Step("level %d" % n):
        if n == 0:
            return 0
        return n + recursive(n - 1)


print("sum", recursive(3))
