print("circ_b start")
import circ_a
print("circ_b sees circ_a.EARLY =", circ_a.EARLY)
try:
    circ_a.LATE
except AttributeError as e:
    print("AttributeError:", e)
try:
    from circ_a import LATE
except ImportError as e:
    print("ImportError:", str(e).replace(__file__.rsplit("/", 1)[0], "<dir>"))
B_VALUE = "b"
