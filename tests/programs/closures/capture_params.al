# Closures capturing parameters (positional, default, *args, **kwargs) and rebinding them.
def make_greeter(greeting, punct="!"):
    def greet(name):
        return f"{greeting}, {name}{punct}"
    return greet

hi = make_greeter("Hi")
yo = make_greeter("Yo", punct="?")
print(hi("ann"), yo("bob"))

def bind_all(*args, **kwargs):
    def show():
        return args, kwargs
    return show
print(bind_all(1, 2, k="v")())

def param_rebound(x):
    def get():
        return x
    x = x * 2
    return get
print(param_rebound(21)())

def adder(n):
    def add(m):
        nonlocal n
        n += m
        return n
    return add
a = adder(10)
print(a(1), a(1), a(10))

def memoize(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped, cache

def slow_square(n):
    print("computing", n)
    return n * n
sq, cache = memoize(slow_square)
print(sq(4), sq(4), sq(5), sorted(cache.items()))
