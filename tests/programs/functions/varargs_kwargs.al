# *args and **kwargs, argument unpacking at call sites, and their combinations.
def f(*args):
    return args

def g(**kwargs):
    return kwargs

def h(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)

print(f(), f(1), f(1, "two", [3]))
print(g(), g(x=1), g(y=2, x=1))
print(h(1, c=3))
print(h(1, 2, 3, 4, 5, c=6, d=7, e=8, f=9))
print(h(*[10, 20, 30], **{"c": 40, "z": 50}))
args = (1, 2)
kw = {"c": 3}
print(h(*args, *args, **kw, q=0))
print(f(*"abc", *range(2)), g(**{"k": 1}, **{"j": 2}))

def total(first, *nums):
    return first + sum(nums)

print(total(1), total(1, 2, 3), total(*range(10)))

def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())

print(describe(name="x", size=3, ok=True))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
