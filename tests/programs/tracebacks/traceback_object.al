# `e.__traceback__`: None before the exception is raised, a chain of
# traceback objects after; `with_traceback` replaces it, and raising an
# exception with another's traceback prints those frames below the raise.
def inner():
    return {}["k"]


def outer():
    inner()


e0 = ValueError("fresh")
print(e0.__traceback__)
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    print(e.with_traceback(None) is e, e.__traceback__)


class AppError(Exception):
    pass


try:
    try:
        outer()
    except KeyError as e:
        saved = e.__traceback__
        raise AppError("wrapped").with_traceback(saved)
except AppError as a:
    n = 0
    tb = a.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("entries", n)
try:
    outer()
except KeyError as e:
    raise RuntimeError("again").with_traceback(e.__traceback__)
