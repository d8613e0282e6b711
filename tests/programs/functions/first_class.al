# Functions as values: passed, returned, stored, compared, with attributes __name__.
def apply(f, *args):
    return f(*args)

def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

def twice(f):
    return lambda x: f(f(x))

double = make_multiplier(2)
triple = make_multiplier(3)
print(apply(double, 21), apply(max, 3, 9, 4), apply(len, "hello"))
print(twice(double)(5), twice(twice(triple))(1), double.__name__)
pipeline = [double, triple, abs, str, len]
v = -7
for fn in pipeline:
    v = fn(v)
    print(fn.__name__, v)
registry = {}
def register(name, fn):
    registry[name] = fn
register("neg", lambda x: -x)
register("dbl", double)
print(sorted(registry), registry["neg"](4), registry["dbl"](4))
print(double == double, double == triple, double != triple)
alias = double
print(alias is double, alias(8))
print(list(map(make_multiplier(10), [1, 2, 3])))
