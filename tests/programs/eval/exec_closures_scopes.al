# Scoping inside exec'd functions: closures over loop variables, nonlocal
# counters, class bodies reading globals, globals rebound after the
# function was defined, and decorators defined in the same source.
ns = {"base": 100}
exec('''
def make_adders():
    return [lambda x, i=i: x + i + base for i in range(3)], [lambda x: x + i for i in range(3)]

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

def trace(fn):
    def wrapper(*args):
        calls.append(fn.__name__ + repr(args))
        return fn(*args)
    return wrapper

calls = []

@trace
def area(w, h):
    return w * h

class Settings:
    scale = base * 2
    def scaled(self, v):
        return v * self.scale + base
''', ns)
early, late = ns["make_adders"]()
print([f(1) for f in early], [f(1) for f in late])
inc, get = ns["counter"]()
inc(); inc()
print(get())
print(ns["area"](3, 4), ns["area"](2, 5), ns["calls"])
s = ns["Settings"]()
print(Settings_scale := ns["Settings"].scale, s.scaled(2))
ns["base"] = 1
print([f(1) for f in early], s.scaled(2))
print(ns["area"].__name__, ns["make_adders"].__qualname__)
