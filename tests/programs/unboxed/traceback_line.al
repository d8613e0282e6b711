# An error inside unboxed arithmetic is reported at its own line and column.


def f(n):
    acc = 0.0
    step = 0.5
    for i in range(n):
        acc = acc + step * i
        step = step - 0.25
        acc = acc / step
    return acc


print(f(1))
print(f(3))
