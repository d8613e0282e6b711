# Classes with attributes and methods; class attributes read through instances.
class Counter:
    """Counts things."""
    step = 1
    created = 0

    def __init__(self, start=0):
        self.value = start
        Counter.created += 1

    def incr(self):
        self.value += self.step
        return self

    def get(self):
        return self.value


c = Counter()
c.incr().incr()
print(c.get(), c.value, c.step, Counter.step)
d = Counter(10)
d.step = 5
d.incr()
print(d.value, d.step, Counter.step, c.step)
print(Counter.created)
print(Counter.__doc__)
print(Counter.__name__, Counter.__qualname__, Counter.__module__)

# Attributes can be added anywhere, by any code.
c.extra = [1, 2]
c.extra.append(3)
print(c.extra)


def tag(obj, label):
    obj.label = label


tag(c, "first")
print(c.label)
print(hasattr(d, "label"), hasattr(c, "label"))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = "two"
print(e.a, e.b, sorted(vars(e).items()))
print(type(e).__name__, Empty.__doc__)
