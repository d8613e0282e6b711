for base in [1j, 1 + 1j, -2 + 0j, 0.5 - 0.5j, 0j, complex(3, 4)]:
    for e in [0, 1, 2, 3, -1, -2, 0.5, 100, -100, 1j, 2 + 0.5j, 101, 1.5]:
        try:
            print(repr(base), e, base ** e)
        except (ZeroDivisionError, OverflowError) as ex:
            print(repr(base), e, type(ex).__name__, ex)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, pow(-4, 0.5))
print(2 ** (1+1j), 0 ** (1+0j), 0.0 ** 2j if False else "skip")
