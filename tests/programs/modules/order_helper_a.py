print("a: start")
import order_helper_b
print("a: end, b.VALUE =", order_helper_b.VALUE)
VALUE = "A"
