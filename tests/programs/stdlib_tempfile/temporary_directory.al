# TemporaryDirectory: the with statement, cleanup, repr, nested contents.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(type(d).__name__, os.path.isdir(d))
    os.makedirs(os.path.join(d, "a", "b", "c"))
    with open(os.path.join(d, "a", "b", "f.txt"), "w") as f:
        f.write("x")
    kept = d
print(os.path.exists(kept))
t = tempfile.TemporaryDirectory(prefix="abc", suffix="xyz")
base = os.path.basename(t.name)
print(base.startswith("abc"), base.endswith("xyz"))
print(repr(t) == f"<TemporaryDirectory {t.name!r}>")
os.mkdir(os.path.join(t.name, "sub"))
t.cleanup()
print(os.path.exists(t.name))
t.cleanup()
with tempfile.TemporaryDirectory() as d:
    os.rmdir(d)
print("removed inside")
try:
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "x"), "w") as f:
            f.write("data")
        raise ValueError("boom")
except ValueError as e:
    print(e, os.path.exists(d))
