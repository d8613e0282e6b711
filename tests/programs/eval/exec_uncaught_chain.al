# An uncaught exception chained inside exec'd code (raise ... from ...
# and during handling), through a function the code defined.
src = """
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad field: " + text) from e

def load(fields):
    out = []
    for f in fields:
        out.append(parse(f))
    return out
"""
ns = {}
exec(src, ns)
print(ns["load"](["1", "2"]))
try:
    ns["load"](["3", "x"])
except RuntimeError as e:
    print("caught", e, type(e.__cause__).__name__)
exec("try:\n    {}['k']\nexcept KeyError:\n    load(['y'])", ns)
