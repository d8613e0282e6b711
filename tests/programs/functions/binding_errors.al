# Argument binding errors carry CPython's exact messages.
def two(a, b):
    return a + b

def one_default(a, b=1):
    return a

def kwo(*, key):
    return key

def star(a, *args):
    return a

def nothing():
    return 0

ident = lambda x: x
const = lambda: 0

calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: kwo(1),
    lambda: kwo(),
    lambda: kwo(key=1, other=2),
    lambda: star(),
    lambda: star(a=1, b=2),
    lambda: nothing(1),
    lambda: nothing(x=1),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1}),
    lambda: ident(),
    lambda: const(5),
    lambda: ident(1, x=2),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
