# glob.glob with *, ?, [...], directories, trailing separators; sorted results.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    for name in ["a.txt", "b.txt", "c.py", "ab.txt", ".hidden.txt", "data1.csv", "data2.csv",
                 "sub/x.txt", "sub/y.py", "sub/deep/z.txt", "other/x.txt", "[x].txt"]:
        os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
        with open(name, "w") as f:
            f.write(name)
    print(sorted(glob.glob("*.txt")))
    print(sorted(glob.glob("?.txt")))
    print(sorted(glob.glob("data[12].csv")), sorted(glob.glob("data[!1].csv")))
    print(sorted(glob.glob("*/x.txt")), sorted(glob.glob("*/*.py")))
    print(sorted(glob.glob("*/")), glob.glob("sub"), glob.glob("sub/"), glob.glob("nope"))
    print(sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True))[:3])
    print(glob.glob("a.txt"), glob.glob("sub/deep/*"), glob.glob("missing/*"))
    print(sorted(glob.glob(os.path.join(d, "*.py"))) == [os.path.join(d, "c.py")])
    print(glob.glob("[[]x].txt"), glob.glob(glob.escape("[x].txt")))
    print(sorted(glob.glob("*.txt", root_dir="sub")), sorted(glob.glob("*", root_dir="sub")))
    print(sorted(glob.iglob("s*/*.txt")), type(glob.iglob("*")).__name__)
    print(sorted(glob.glob(b"*.py")), sorted(glob.glob(b"sub/*")))
    print(glob.glob(""), glob.glob("*.nothing"))
    os.chdir("/")
