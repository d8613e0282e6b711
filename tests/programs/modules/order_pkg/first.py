from . import log
log.append("first")
print("order_pkg.first runs")


def uses_second():
    from . import second
    return second.NAME
