# Generators, closures and generator expressions defined by exec'd code,
# living on after the exec returns.
src = '''
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

def make_counter(start):
    count = start
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump

def pipeline(data):
    evens = (x for x in data if x % 2 == 0)
    squares = (x * x for x in evens)
    yield from squares

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def echo():
    got = None
    while True:
        got = yield got
        if got is None:
            return
        got = got.upper()

adders = [lambda x, i=i: x + i for i in range(3)]
'''
ns = {}
exec(src, ns)
print(list(ns["countdown"](3)))
g = ns["countdown"](1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
c = ns["make_counter"](10)
print(c(), c(5), c())
print(list(ns["pipeline"](range(10))))
import itertools
print(list(itertools.islice(ns["fib"](), 12)))
e = ns["echo"]()
next(e)
print(e.send("hi"), e.send("there"))
try:
    e.send(None)
except StopIteration:
    print("echo done")
print([f(10) for f in ns["adders"]])
gen = eval("(c * 2 for c in 'abc')")
print(type(gen).__name__, list(gen))
print(eval("sum(x for x in range(101))"))
