# CPython's messages for operators that instances do not support.
class Foo:
    pass


class Bar:
    def __add__(self, other):
        return NotImplemented


f = Foo()
tests = [
    lambda: f + 1,
    lambda: 1 + f,
    lambda: f - f,
    lambda: f * "s",
    lambda: "s" * f,
    lambda: [1] * f,
    lambda: f / 2.0,
    lambda: f ** 2,
    lambda: pow(f, 2),
    lambda: f @ f,
    lambda: f % 3,
    lambda: f < f,
    lambda: f >= 1,
    lambda: 1 < f,
    lambda: -f,
    lambda: +f,
    lambda: ~f,
    lambda: abs(f),
    lambda: Bar() + Bar(),
    lambda: Bar() + f,
    lambda: f & Bar(),
    lambda: len(f),
    lambda: f[0],
    lambda: f(),
    lambda: iter(f),
    lambda: next(f),
    lambda: 3 in f,
    lambda: hash([f]),
    lambda: int(f),
    lambda: float(f),
    lambda: [1, 2][f],
    lambda: reversed(f),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


def set_item():
    f[0] = 1


def del_item():
    del f[0]


for t in (set_item, del_item):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(f == f, f != f, f == 1, 1 != f, f == Foo())
