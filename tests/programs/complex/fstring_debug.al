z = 2 - 3j
print(f"{z=}", f"{z.real=}", f"{z * 2=}", f"{z!s:>10}", f"{z!r:<12}|")
print(f"{z:{'>'}{15}.{2}f}")
print("{0.real} {0.imag} {0!r}".format(z))
