# Builtins rebound by the program get the generator object itself.
def show(name, value):
    print(name, type(value).__name__, list(value))


def sum(it):
    show("sum", it)
    return -1


print(sum(x for x in range(3)))


def f():
    list = lambda it: ("mine", type(it).__name__)
    return list(x for x in range(2))


print(f())
print(sorted(x for x in [2, 1]))
any = all
print(any(x for x in [1, 0]))
print(tuple(x for x in "ab"))
