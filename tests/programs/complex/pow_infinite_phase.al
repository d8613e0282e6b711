for base, e in [(1e16j, float("-inf")), (1e16j, float("inf")), (2j, 1e300), (1 + 1j, -1e308), (0.5j, float("inf"))]:
    try:
        print(base ** e)
    except (ZeroDivisionError, OverflowError) as ex:
        print(type(ex).__name__, ex)
