# Methods with closures, lambdas capturing self, nested functions and
# classes defined inside functions.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def make_logger(self, prefix):
        def log(msg):
            self.history.append(f"{prefix}:{msg}")
            return len(self.history)
        return log

    def totals(self):
        counts = {}

        def bump(key):
            counts[key] = counts.get(key, 0) + 1

        for h in self.history:
            bump(h.split(":")[0])
        return counts

    def sorter(self):
        return lambda items: sorted(items, key=lambda x: (x != self.owner, x))


acct = Account("zed")
info = acct.make_logger("info")
warn = acct.make_logger("warn")
info("start")
warn("low")
info("end")
print(acct.history, acct.totals())
print(acct.sorter()(["b", "zed", "a"]))


def make_counter_class(step):
    class Counter:
        def __init__(self):
            self.n = 0

        def tick(self):
            self.n += step
            return self.n

    return Counter


C2 = make_counter_class(2)
C5 = make_counter_class(5)
c2, c5 = C2(), C5()
c2.tick()
print(c2.tick(), c5.tick(), C2.__qualname__)


class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self

    def build(self):
        return "-".join(self.parts)


print(Builder().add("a").add("b").add("c").build())


class Outer:
    value = 10

    def compute(self):
        value = 1

        class Inner:
            def get(inner_self):
                return value + Outer.value
        return Inner().get()


print(Outer().compute())
handlers = {name: (lambda n=name: n.upper()) for name in ["x", "y"]}
print({k: f() for k, f in handlers.items()})
