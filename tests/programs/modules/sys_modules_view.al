# sys.modules holds each imported module under its full name (packages and
# submodules too), the same objects the import statements bind, and
# __main__; entries appear when the import runs, even inside a function.
import sys
import smv_a
import smv_pkg.part


def mine():
    return sorted(k for k in sys.modules if k.startswith("smv"))


print(mine())
print(sys.modules["smv_a"] is smv_a, sys.modules["smv_pkg.part"] is smv_pkg.part)
print(sys.modules["smv_pkg"].part is smv_pkg.part)
main = sys.modules[__name__]
print(__name__, main.__name__, main.marker if hasattr(main, "marker") else "no marker yet")
marker = "set later"
print(main.marker, sys.modules["__main__"] is main)
print("smv_late" in sys.modules)


def late():
    import smv_late
    return smv_late.VALUE


print(late(), "smv_late" in sys.modules, mine())
sys.modules["smv_a"].counter += 5
print(smv_a.counter, smv_a.bump())
print(type(sys.modules).__name__, isinstance(sys.modules, dict))
