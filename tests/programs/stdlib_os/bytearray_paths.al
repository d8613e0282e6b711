# Bytes-like paths other than bytes (bytearray, memoryview, array): the
# functions of os take them as bytes (CPython warns that this is
# deprecated); os.path's pure functions, fspath and open refuse them.
import os
import os.path
from array import array

with open("f.txt", "w") as f:
    f.write("hello")
os.mkdir("d")
with open("d/x", "w"):
    pass


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for kind, make in [("bytearray", bytearray), ("memoryview", memoryview),
                   ("array", lambda b: array("B", b))]:
    print("==", kind)
    p = make(b"f.txt")
    t("stat", lambda: os.stat(p).st_size)
    t("lstat", lambda: os.lstat(p).st_size)
    t("listdir", lambda: os.listdir(make(b"d")))
    t("scandir", lambda: [(e.name, e.path, e.is_file()) for e in os.scandir(make(b"d"))])
    t("exists", lambda: (os.path.exists(p), os.path.exists(make(b"nope"))))
    t("isfile", lambda: (os.path.isfile(p), os.path.isdir(p), os.path.isdir(make(b"d"))))
    t("getsize", lambda: os.path.getsize(p))
    t("lexists", lambda: (os.path.lexists(p), os.path.islink(p)))
    t("samefile", lambda: os.path.samefile(p, "f.txt"))
    t("getmtime", lambda: type(os.path.getmtime(p)).__name__)
    t("mkdir", lambda: os.mkdir(make(b"e")))
    t("isdir e", lambda: os.path.isdir("e"))
    t("rmdir", lambda: os.rmdir(make(b"e")))
    t("rename", lambda: os.rename(p, b"g.txt"))
    t("after rename", lambda: sorted(os.listdir(".")))
    t("rename back", lambda: os.rename(b"g.txt", p))
    t("replace", lambda: os.replace(p, make(b"f.txt")))
    t("chmod", lambda: os.chmod(p, 0o644))
    t("chdir", lambda: os.chdir(make(b".")))
    t("unlink missing", lambda: os.unlink(bytearray(b"nonexist")))
    t("remove missing", lambda: os.remove(bytearray(b"nonexist")))
    try:
        os.remove(make(b"nonexist"))
    except FileNotFoundError as e:
        print("remove", e.errno, e.filename is not None, type(e.filename).__name__)
    t("readlink", lambda: os.readlink(bytearray(b"f.txt")))
    t("null", lambda: os.stat(make(b"a\0b")))
    t("open", lambda: open(p))
    t("join", lambda: os.path.join(p, b"x"))
    t("basename", lambda: os.path.basename(p))
    t("abspath", lambda: os.path.abspath(p))
    t("splitext", lambda: os.path.splitext(p))
    t("normpath", lambda: os.path.normpath(p))
    t("fspath", lambda: os.fspath(p))
    t("fsencode", lambda: os.fsencode(p))
    t("fsdecode", lambda: os.fsdecode(p))
    t("makedirs", lambda: os.makedirs(make(b"x/y")))
    t("walk", lambda: list(os.walk(make(b"d"))))
    t("getenv", lambda: os.getenv(p))
    t("putenv", lambda: os.putenv(p, b"v"))
