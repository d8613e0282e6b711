# Importing a submodule runs its packages' __init__ first; a submodule is an
# attribute of its package only once it has been imported (by anyone), and
# `from package import submodule` imports it on demand.
import order_pkg

print("after import order_pkg:", hasattr(order_pkg, "first"), hasattr(order_pkg, "second"))
try:
    order_pkg.second
except AttributeError as e:
    print("AttributeError:", e)
import order_pkg.first
print("after import order_pkg.first:", hasattr(order_pkg, "first"), hasattr(order_pkg, "second"))
print(order_pkg.first.uses_second())
print("now:", hasattr(order_pkg, "second"))
from order_pkg import third
print(third.NAME, order_pkg.third is third, order_pkg.log)
import order_pkg.first as again
print(again is order_pkg.first, order_pkg.log)
