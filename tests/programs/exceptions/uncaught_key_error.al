# An uncaught KeyError inside nested calls; the traceback's last line is checked.
def lookup(d, k):
    return d[k]

def process(items):
    totals = {}
    for name in items:
        totals[name] = lookup({"a": 1, "b": 2}, name)
        print("looked up", name)
    return totals

process(["a", "b", "missing_key"])
