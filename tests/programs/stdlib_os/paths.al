# os.path on literal paths: joining, splitting, normalising, expanding.
import os
import os.path
import os.path as osp
from os.path import join, split, splitext
import posixpath
import sys

print(os.path is osp, os.path is posixpath, sys.modules["os.path"] is posixpath)
print(os.path.__name__, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep))
print(os.curdir, os.pardir, os.devnull, os.name, os.path.sep, os.path.defpath)

for parts in [("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "b"), ("a", ""), ("/",), ("a", "b/", "")]:
    print(parts, repr(join(*parts)))

for p in ["", "/", "//", "a", "a/", "a/b", "/a/b", "//a//b//", "a//b", "///"]:
    print(repr(p), split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.isabs(p))

for p in ["a.txt", "a.b.c", ".bashrc", "a/.b.c", "a.b/c", "..", "a...", "...a", "/x/y.tar.gz", ""]:
    print(repr(p), splitext(p))

for p in ["", "/", "//", "///", "a//b/./c/..", "//a", "///a/../..", "../..", "a/../../b",
          "/..", ".", "./", "a/", "/a/b/../../../c", "a/./b/./"]:
    print(repr(p), repr(os.path.normpath(p)))

print(os.path.abspath("/x/../y/./z"), os.path.abspath("/"))
print(os.path.relpath("/a/b", "/a/c/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b/c", "/a"))
print(os.path.commonprefix(["abc", "abd", "ab"]), repr(os.path.commonprefix([])),
      os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/a/b/c", "/a/b/d", "/a/bc"]), os.path.commonpath(["a/./b", "a/b/c"]),
      repr(os.path.commonpath(["a", "b"])))
print(os.path.splitdrive("/a/b"), os.path.normcase("/A/b"))
print(os.path.supports_unicode_filenames)

os.environ["ALC_T_HOME"] = "/home/someone/"
os.environ["HOME"] = "/home/someone/"
os.environ["ALC_T_X"] = "ex"
print(os.path.expanduser("~"), os.path.expanduser("~/docs"), os.path.expanduser("a/~"),
      os.path.expanduser("~alc_no_such_user_x/a"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"))
print(os.path.expandvars("$ALC_T_X/${ALC_T_X}/$ALC_T_NOPE/${ALC_T_NOPE}/$/${/${}/$1x/$ALC_T_X-y"))
print(os.path.expandvars("no dollars"), os.path.expandvars("$ALC_T_X$ALC_T_X"))

for bad in [
    lambda: join("a", 1),
    lambda: join(1, "a"),
    lambda: join("a", None),
    lambda: split(1),
    lambda: os.path.basename(None),
    lambda: os.path.normpath(1.5),
    lambda: os.path.relpath(""),
    lambda: os.path.commonpath([]),
    lambda: os.path.commonpath(["/a", "b"]),
    lambda: os.path.commonprefix([1]),
    lambda: os.path.expanduser(1),
    lambda: os.path.isabs(2),
]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(join(P("a"), P("b")), os.fspath(P("q")), os.path.splitext(P("x.y")), os.fspath("s"))
try:
    os.fspath(P(3))
except TypeError as e:
    print(e)
try:
    os.fspath(3)
except TypeError as e:
    print(e)
