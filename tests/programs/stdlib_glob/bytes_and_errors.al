# glob with bytes patterns, PathLike root_dir, magic in directory parts, and missing directories.
import glob
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    for name in ["x1/a.txt", "x2/b.txt", "y1/c.txt", "x1/sub/d.txt"]:
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w").close()
    print(sorted(glob.glob("x*/*.txt", root_dir=pathlib.Path(d))))
    print(sorted(glob.glob("x?/**/*.txt", root_dir=d, recursive=True)))
    print(sorted(glob.glob(b"*1/*", root_dir=os.fsencode(d))))
    print(sorted(os.path.relpath(p, d) for p in glob.iglob(os.path.join(d, "[xy]1", "*"))))
    print(glob.glob("*", root_dir=os.path.join(d, "missing")), glob.glob(os.path.join(d, "missing", "*")))
    print(glob.glob(os.path.join(d, "x1", "a.txt", "*")), glob.glob(os.path.join(d, "x1", "a.txt/")))
    it = glob.iglob("*", root_dir=d)
    print(sorted(it), list(it))
    try:
        glob.glob(b"*", root_dir="str")
    except TypeError as e:
        print("TypeError")
