from . import log
log.append("third")
print("order_pkg.third runs")
NAME = "third"
