# Writing decorators with functools: wraps keeps the name, doc, qualname,
# __wrapped__ and attributes; partial fixes arguments (repr, nesting,
# keyword override); cached_property computes once per instance; reduce
# folds with and without an initial value.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        result = fn(*args, **kw)
        print(f"  {fn.__name__}{args} -> {result!r}")
        return result
    return wrapper


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add.tag = "math"
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__(1, 1), add.tag)
state = {"n": 0}


@retry(3)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return x * 2


print(flaky(21), flaky.__name__)
try:
    retry(2)(lambda: int("x"))()
except RuntimeError as e:
    print("RuntimeError:", e)

power = functools.partial(pow, exp=2)
base2 = functools.partial(int, base=2)
print(power(7), base2("1011"), base2("11", base=3), repr(base2))
p2 = functools.partial(functools.partial(max, 5), 9, key=abs)
print(p2(-10), p2.func, p2.args, p2.keywords)


class Dataset:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def stats(self):
        print("  computing stats")
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


ds = Dataset([4, 8, 15, 16, 23, 42])
print(ds.stats, ds.stats, "stats" in vars(ds))
del ds.stats
ds.values = [1]
print(ds.stats)
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), functools.reduce(max, [3, 9, 2], 100))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
