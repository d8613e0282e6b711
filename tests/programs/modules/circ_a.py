print("circ_a start")
EARLY = "early a"
import circ_b
print("circ_a after circ_b:", circ_b.B_VALUE)
LATE = "late a"
