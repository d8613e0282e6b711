# NamedTemporaryFile(delete=False) kept and reopened; wrapper attributes and iteration; closing twice.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    f = tempfile.NamedTemporaryFile(mode="w", dir=d, delete=False, suffix=".log")
    print(f.delete, f.closed, f.name == f.file.name, type(f.name).__name__)
    f.write("one\n")
    f.writelines(["two\n", "three\n"])
    f.close()
    f.close()
    print(f.closed, os.path.exists(f.name))
    with open(f.name) as g:
        print(g.read().split())
    with tempfile.NamedTemporaryFile("w+", dir=d) as h:
        h.write("a\nb\nc\n")
        h.seek(0)
        print([line.strip() for line in h], h.tell() > 0)
        h.seek(0)
        print(h.readline(), end="")
        print(h.read(), end="")
    print(os.path.exists(h.name), sorted(os.listdir(d)) == [os.path.basename(f.name)])
    os.unlink(f.name)
    try:
        with tempfile.NamedTemporaryFile(dir=d) as k:
            name = k.name
            raise KeyError("inside")
    except KeyError as e:
        print(repr(e), os.path.exists(name))
