# NamedTemporaryFile and TemporaryFile: modes, delete, context managers.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    with tempfile.NamedTemporaryFile(dir=d) as f:
        print(os.path.dirname(f.name) == d, os.path.exists(f.name))
        f.write(b"binary data")
        f.flush()
        f.seek(0)
        print(f.read())
        name = f.name
    print(os.path.exists(name))
    f = tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="rep", dir=d, delete=False)
    f.write("line 1\nline 2\n")
    f.seek(0)
    print([line for line in f])
    f.close()
    print(os.path.exists(f.name), os.path.basename(f.name).startswith("rep"), f.name.endswith(".txt"))
    with open(f.name) as g:
        print(g.read().splitlines())
    os.unlink(f.name)
    f = tempfile.NamedTemporaryFile(mode="w", encoding="utf-8", dir=d)
    f.write("é")
    f.close()
    print(os.path.exists(f.name), f.closed)
    with tempfile.TemporaryFile(dir=d) as t:
        t.write(b"temp")
        t.seek(0)
        print(t.read())
    with tempfile.TemporaryFile("w+", dir=d) as t:
        t.write("text\n")
        t.seek(0)
        print(t.readline().strip())
    print(os.listdir(d))
