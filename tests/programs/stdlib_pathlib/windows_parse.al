from pathlib import PureWindowsPath, PurePath, PurePosixPath

cases = [("c:/Users/bob",), ("C:\\Windows", "System32"), ("//host/share/dir/f.txt",),
         ("c:", "x"), ("d:/a", "e:b"), ("/a", "b"), ("a", "/b"), ("x", "c:/y", "z"),
         ("a/./b/../c",), ("C:",), ("\\\\host\\share",), ("c:/a//b/",)]
for args in cases:
    p = PureWindowsPath(*args)
    print(repr(p), str(p), repr(p.drive), repr(p.root), repr(p.anchor), p.parts)
    print("  ", p.name, p.suffix, p.stem, p.parent, p.is_absolute())
try:
    PureWindowsPath(3)
except TypeError as e:
    print(e)
print(PureWindowsPath(PurePosixPath("a/b"), "c"))
print(type(PurePath("a")).__name__, issubclass(PureWindowsPath, PurePath))
print(PureWindowsPath("c:/a/b.tar.gz").suffixes, PureWindowsPath("c:/").name == "")
