print("cyc_right: start")
import cyc_left
print("cyc_right: cyc_left has", sorted(n for n in dir(cyc_left) if not n.startswith("_")))
NAME = "right"


def describe():
    return f"{NAME} knows {cyc_left.NAME}"


def pong(n):
    return ["pong"] + (cyc_left.ping(n - 1) if n > 0 else [])
