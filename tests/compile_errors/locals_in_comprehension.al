def f(xs):
    return [locals() for x in xs]

print(f([1]))
