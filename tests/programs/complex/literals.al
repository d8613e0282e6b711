print(1j, 2.5J, 1e3j, 0j, 0J, 1_000j, .5j, 5.j)
print(type(1j), type(1 + 2j))
print(1j is not None, isinstance(1j, complex), isinstance(1j, float), isinstance(1, complex))
print(-1j, +1j, -(1+2j), -0j, -(-0j))
