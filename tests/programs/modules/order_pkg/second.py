from . import log
log.append("second")
print("order_pkg.second runs")
NAME = "second"
