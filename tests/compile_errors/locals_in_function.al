def f(a, b=2):
    c = a + b
    return locals()

print(f(1))
