# Each module runs once, on first import, in CPython's order; importing it
# again (here, in a function, or under another name) reuses it.
print("main: start")
import order_helper_a
print("main: after a")
import order_helper_b
import order_helper_a as again
print(again is order_helper_a, order_helper_a.VALUE, order_helper_b.VALUE)


def late():
    import order_helper_b
    from order_helper_a import VALUE
    return order_helper_b.VALUE + VALUE


print(late(), late())
import sys
print(sorted(k for k in sys.modules if k.startswith("order_helper")))
