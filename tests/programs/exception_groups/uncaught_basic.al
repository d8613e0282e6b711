# An uncaught exception group: CPython's boxed report on stderr.
def fail(n):
    raise ValueError(f"bad value {n}")


errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("never raised"))
print("raising")
raise ExceptionGroup("several failures", errors)
