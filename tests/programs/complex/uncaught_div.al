def f(z):
    return 1 / z
print(f(1j))
print(f(0j))
