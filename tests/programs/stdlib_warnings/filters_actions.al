# warnings.warn through the filters: default once per location, module,
# once, always, error, ignore; categories, stacklevel, custom
# showwarning and formatwarning; catch_warnings(record=True).
import os
import sys
import warnings

_DIR = os.path.dirname(__file__)


class _Clean:
    # Paths printed without the checkout's directory.
    def write(self, s):
        sys.__stdout__.write(s.replace(_DIR, "<dir>"))

    def flush(self):
        pass


sys.stdout = sys.stderr = _Clean()


def f():
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("user thing")
    warnings.warn("lvl2", stacklevel=2)


f()
f()
warnings.warn(UserWarning("inst"))
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    print(len(w), w[0].message, w[0].category, w[0].lineno, w[0].line)
    print(str(w[1]))
    print([x.category.__name__ for x in w])
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
warnings.simplefilter("error")
try:
    f()
except DeprecationWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("ignore", category=UserWarning)
f()
print(warnings.formatwarning("m", UserWarning, "f.py", 3), end="")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  x = 1  "), end="")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once!", RuntimeWarning)
warnings.simplefilter("module")
for i in range(3):
    warnings.warn("module" + str(i % 2), RuntimeWarning)


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno, filename == __file__)


warnings.showwarning = show
warnings.warn("custom", RuntimeWarning)


def deep():
    def inner():
        warnings.warn("from inner", SyntaxWarning, stacklevel=3)
    inner()


deep()
warnings.warn("far", RuntimeWarning, stacklevel=10)
print(warnings.filters[:2])
