# Circular imports see the partially initialised module, with CPython's
# messages for names not defined yet.
import circ_a
print(circ_a.LATE, circ_a.circ_b.B_VALUE)
