# An exception inside a list comprehension runs in a <listcomp> frame of its
# own in CPython; dict comprehensions are <dictcomp>.
def inverse(x):
    return 1 / x


print([inverse(x) for x in [1, 2, 4]])
squares = {x: x * x for x in range(3)}
print(squares)
values = [inverse(x) for x in range(3)]
