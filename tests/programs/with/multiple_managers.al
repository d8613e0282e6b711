# Several managers in one statement behave as nested withs: entered left
# to right, exited right to left.
class Named:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, t, e, tb):
        self.log.append("exit " + self.name + (" with " + t.__name__ if t else ""))
        return False


log = []
with Named("a", log) as x, Named("b", log) as y, Named("c", log):
    log.append("body " + x + y)
print("\n".join(log))

log = []
try:
    with Named("outer", log), Named("inner", log):
        log.append("about to fail")
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print("\n".join(log))


class FailingEnter:
    def __enter__(self):
        print("failing enter")
        raise RuntimeError("cannot enter")

    def __exit__(self, *a):
        print("never printed")


log = []
try:
    with Named("first", log), FailingEnter(), Named("never", log):
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
print(log)

# The second manager's expression is evaluated after the first is entered.
log = []


def make(name):
    log.append("make " + name)
    return Named(name, log)


with make("one") as one, make("two") as two:
    log.append("body")
print(log)
