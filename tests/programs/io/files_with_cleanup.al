# with closes files when the block raises, nested withs close in reverse
# order, and the errors of misuse: 'x' on an existing file, reading a
# write-only file, writing after close, a missing file.
import os

try:
    with open("a.txt", "w") as fa, open("b.txt", "w") as fb:
        fa.write("alpha\n")
        fb.write("beta\n")
        raise RuntimeError("boom in the block")
except RuntimeError as e:
    print("RuntimeError:", e, fa.closed, fb.closed)
print(open("a.txt").read(), open("b.txt").read(), end="")

with open("c.txt", "x") as f:
    f.write("created once")
for mode in ["x", "r"]:
    try:
        with open("c.txt" if mode == "x" else "missing.txt", mode) as f:
            pass
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
with open("c.txt", "a") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
try:
    f.write("late")
except ValueError as e:
    print("ValueError:", e)


class Tracked:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.f = open(self.path, "w")
        return self.f

    def __exit__(self, *exc):
        self.f.close()
        print("closed", self.path, "exception:", exc[0].__name__ if exc[0] else None)
        return exc[0] is KeyError


with Tracked("d.txt") as f:
    f.write("data")
    {}["swallowed"]
print("after swallowed KeyError", open("d.txt").read())
print(sorted(os.listdir(".")))
