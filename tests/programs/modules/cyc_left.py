print("cyc_left: start")
import cyc_right
print("cyc_left: cyc_right has", sorted(n for n in dir(cyc_right) if not n.startswith("_")))
NAME = "left"


def describe():
    return f"{NAME} knows {cyc_right.NAME}"


def ping(n):
    return ["ping"] + (cyc_right.pong(n - 1) if n > 0 else [])
