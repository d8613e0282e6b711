# CPython prints 15 sub-exceptions of a group and 10 levels of nesting.
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {n}", [deep(n - 1), TypeError(n)])


wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
just = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
raise ExceptionGroup("limits", [wide, just, deep(12)])
