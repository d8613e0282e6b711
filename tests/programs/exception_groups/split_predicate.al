# split and subgroup with a predicate: called on groups before their members.
seen = []


def pred(e):
    seen.append(repr(e) if not isinstance(e, BaseExceptionGroup) else "group " + e.message)
    return isinstance(e, ValueError) and e.args[0] > 1


eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("n", [ValueError(2), TypeError(3)]), ValueError(5)])
print(eg.split(pred))
print(seen)
seen.clear()
print(eg.subgroup(pred))
print(seen)
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "n"))
print(eg.subgroup(lambda e: False))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(lambda e: 1))
print(eg.split(lambda e: []))


class Checker:
    def __call__(self, e):
        return isinstance(e, TypeError)


try:
    eg.split(Checker())
except TypeError as e:
    print("a callable object is not a function:", e)
try:
    eg.split(Checker().__call__)
except TypeError as e:
    print("nor is a bound method:", e)
print(eg.split(lambda e, default=TypeError: isinstance(e, default)))


def boom(e):
    raise RuntimeError("predicate failed")


try:
    eg.split(boom)
except RuntimeError as e:
    print("error:", e)
for bad in [1, "x", int, (ValueError, int), [ValueError], None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
for args in [(), (ValueError, TypeError)]:
    try:
        eg.split(*args)
    except TypeError as e:
        print(e)
    try:
        eg.subgroup(*args)
    except TypeError as e:
        print(e)
try:
    eg.split(condition=ValueError)
except TypeError as e:
    print(e)
