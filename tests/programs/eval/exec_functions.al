# Functions defined by exec'd code: defaults, keywords, decorators,
# closures, generators, recursion, and calls back into compiled code.
src = '''
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

calls = []

@trace
def area(w, h=2, *, scale=1):
    return w * h * scale

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def pairs(xs):
    yield from zip(xs, xs[1:])

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

def apply(fn, *args, **kw):
    return fn(*args, **kw)

results = [
    area(3),
    area(3, 4),
    area(w=2, h=5, scale=10),
    fact(20),
    list(pairs([1, 2, 3, 4])),
    [f(10) for f in make_adders()],
    apply(max, 3, 9, 4),
    apply(sorted, [3, 1, 2], reverse=True),
    area.__name__,
    area.__doc__,
]
'''
ns = {}
exec(src, ns)
for r in ns["results"]:
    print(r)
print(ns["calls"])
print(ns["fact"](10), ns["area"](1, scale=3))


def compiled_helper(x):
    return x * 100


ns["compiled_helper"] = compiled_helper
exec("out = compiled_helper(fact(3))", ns)
print(ns["out"])
gen = ns["pairs"]("abc")
print(next(gen), list(gen))
try:
    ns["area"]()
except TypeError as e:
    print("TypeError", e)
