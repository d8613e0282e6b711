# A `from m import name` in an import cycle, where the name is defined only
# after the cycle closes: CPython's ImportError about a partially
# initialised module, caught once and then left uncaught.
import sys

try:
    import cyc_first
except ImportError as e:
    here = __file__.rsplit("/", 1)[0]
    print(type(e).__name__, str(e).replace(here, "<dir>"))
    print(e.name, e.path.replace(here, "<dir>"))
print(sorted(m for m in sys.modules if m.startswith("cyc_")))
import cyc_first
