# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, scale=1):
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(1, scale=3), add5(x=2), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])), sorted([3, -1, 2], key=Adder(0)))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, kwargs


c = Counter()
print(c(), c(1, 2, k="v"), c.calls)


class NotCallable:
    pass


print(callable(NotCallable()), callable(len), callable(3), callable(lambda: 0), callable(c.__call__))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


inc = Adder(1)
double = Adder(0)
double.__class__  # attribute read only
pipeline = Compose(str, inc, Adder(10))
print(pipeline(1), Compose()(7))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache), type(fib).__name__)
