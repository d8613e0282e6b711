# os.path on bytes paths, as CPython's posixpath does them: the same
# operations as on str, results as bytes, and TypeErrors for mixing str
# and bytes.
import os
import os.path as P

print(P.join(b"a", b"b", b"c\xff"), P.join(b"/a/", b"/b", b"c"), P.join(b"a"), P.join(b"", b"x"))
print(P.split(b"a/b\xe9"), P.split(b"/"), P.split(b"//x//y"), P.split(b"name"))
print(P.splitext(b"x.tar.gz"), P.splitext(b".hidden"), P.splitext(b"a/b.c/d"), P.splitext(b"caf\xe9.t\xfft"))
print(P.basename(b"/a/b\xff"), P.dirname(b"/a/b\xff"), P.dirname(b"///"), P.basename(b"a/"))
print(P.normpath(b""), P.normpath(b"a//b/./c/../d\xff"), P.normpath(b"//a/.."), P.normpath(b"///x/../.."))
print(P.isabs(b"/x"), P.isabs(b"x"), P.normcase(b"A\xff"), P.splitdrive(b"/x"))
print(P.commonprefix([b"ab\xe9", b"ab\xe8"]), P.commonprefix([b"\xc3\xa9", b"\xc3\xa8"]))
print(P.commonpath([b"/a/b\xff/c", b"/a/b\xff/d"]), P.commonpath([b"a/./b", b"a/b/c"]))
print(P.relpath(b"a/b/c", b"a"), P.relpath(b"a", b"a/b\xff"), P.relpath(b"x\xff"))
print(P.abspath(b"x\xff") == os.getcwdb() + b"/x\xff", P.abspath(b"/a/../b"))
print(P.realpath(b"/usr/../etc"), P.exists(b"."), P.isdir(b"."), P.isfile(b"."))

os.environ["HOME"] = os.fsdecode(b"/home/caf\xe9/")
os.environ["ALC_BYTES_VAR"] = os.fsdecode(b"v\xff")
print(P.expanduser(b"~/x\xff"), ascii(P.expanduser("~/x")), P.expanduser(b"x~"))
print(P.expandvars(b"$ALC_BYTES_VAR/${ALC_BYTES_VAR}/$NOPE_ALC/\xe9"))
print(ascii(P.expandvars("$ALC_BYTES_VAR/${ALC_BYTES_VAR}")))

for f, args in [
    (P.join, ("a", b"b")),
    (P.join, (b"a", "b")),
    (P.join, (b"a", 5)),
    (P.join, ("a", None)),
    (P.relpath, (b"a", "b")),
    (P.relpath, ("a", b"b")),
    (P.commonpath, ([b"/a", "/a"],)),
    (P.commonpath, (["/a", b"/a"],)),
    (P.commonpath, ([b"/a", b"b"],)),
    (P.relpath, (b"",)),
]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(P.join(PathLike(b"a"), b"b"), P.basename(PathLike(b"x/y")), os.fspath(PathLike(b"z")))
os.mkdir(PathLike(b"made\xff"))
print(os.listdir(PathLike(b".")), os.path.isdir(PathLike(os.fsdecode(b"made\xff"))))
os.rmdir(b"made\xff")
try:
    os.stat(PathLike(b"gone\xff"))
except FileNotFoundError as e:
    print(e)


class S(str):
    pass


print(type(os.fspath(S("x"))).__name__, type(os.fspath(PathLike(S("y")))).__name__)
print(os.path.exists(S(".")), os.listdir(S(".")), os.path.isdir(PathLike(S("."))))
with open(S("s.txt"), "w") as f:
    f.write("s")
with open(PathLike(b"s.txt")) as f:
    print(f.read(), f.name == PathLike or type(f.name).__name__)
os.remove(PathLike("s.txt"))
