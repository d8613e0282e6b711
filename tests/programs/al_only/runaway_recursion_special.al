# Runaway recursion through special methods and builtins raises
# RecursionError, and the program goes on; deeply nested containers repr,
# compare and hash. Al-only (expected output checked by hand): with the
# recursion limit lifted as the oracle lifts it, CPython overflows its C
# stack and crashes on the `__getattr__` case; with its default limit, its
# message names the operation or not depending on where its counter runs
# out, so only the type is printed here.
# (The cases are split over runaway_recursion.al and
# runaway_recursion_special.al: each fills the 1 GiB stack.)

class R:
    def __repr__(self):
        return repr(self)


class S:
    def __str__(self):
        return str(self)


class E:
    def __eq__(self, other):
        return self == other


class H:
    def __hash__(self):
        return hash(self)


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except RecursionError:
        print(label, "RecursionError")


attempt("repr", lambda: repr(R()))
attempt("str", lambda: str(S()))
attempt("eq", lambda: E() == E())
attempt("hash", lambda: hash(H()))
