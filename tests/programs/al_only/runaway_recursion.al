# Runaway recursion through special methods and builtins raises
# RecursionError, and the program goes on; deeply nested containers repr,
# compare and hash. Al-only (expected output checked by hand): with the
# recursion limit lifted as the oracle lifts it, CPython overflows its C
# stack and crashes on the `__getattr__` case; with its default limit, its
# message names the operation or not depending on where its counter runs
# out, so only the type is printed here.
# (The cases are split over runaway_recursion.al and
# runaway_recursion_special.al: each fills the 1 GiB stack.)

class I:
    def __iter__(self):
        return iter(self)


class G:
    def __getattr__(self, name):
        return self.missing


class L:
    def __lt__(self, other):
        return self < other


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except RecursionError:
        print(label, "RecursionError")


attempt("iter", lambda: iter(I()))
attempt("getattr", lambda: G().x)
attempt("sorted", lambda: sorted([L(), L()]))


def down(n):
    return down(n + 1)


attempt("plain", lambda: down(0))
print("after the errors", sum(range(10)))

N = 100000
deep = []
for _ in range(N):
    deep = [deep]
print(len(repr(deep)))
other = []
for _ in range(N):
    other = [other]
print(deep == other, deep != other)
t = ()
for _ in range(N):
    t = (t,)
print(hash(t) == hash(t), len(str(t)))
d = {}
for _ in range(N):
    d = {"k": d}
print(len(repr(d)))
