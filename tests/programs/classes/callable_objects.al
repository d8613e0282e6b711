# Instances with __call__: function decorators as classes, counters,
# and strategy objects passed where functions are expected.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def greet(name, punct="!"):
    return f"hello {name}{punct}"


print(greet("ann"), greet("bob", punct="?"), greet.calls, greet.__name__, type(greet).__name__)


class Retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, fn):
        def wrapped(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {self.times} attempts")

        return wrapped


state = {"n": 0}


@Retry(3)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return x * 10


print(flaky(4))
try:
    flaky(5)
    state["n"] = -10
    flaky(6)
except RuntimeError as e:
    print("RuntimeError:", e)


class Linear:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __call__(self, x):
        return self.a * x + self.b

    def __repr__(self):
        return f"{self.a}x+{self.b}"


fs = [Linear(2, 1), Linear(-1, 0), abs, str]
print([f(3) for f in fs], list(map(Linear(1, 1), range(3))), sorted([3, -5, 2], key=Linear(-1, 0)))
print(callable(Linear(0, 0)), callable(Linear), callable(greet), callable(3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(Linear(2, 0), Linear(1, 5))(1), max([Linear(1, 0), Linear(2, 0)], key=lambda f: f(10)))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, x=1):
        self.total += x
        return self


acc = Accumulator()
acc(5)(10)()
print(acc.total, acc()(2).total)
