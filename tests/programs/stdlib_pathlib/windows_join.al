from pathlib import PureWindowsPath as W

print(W("c:/x") / "y" / "z.txt")
print(W("c:/x") / "/y", W("c:/x") / "d:y", W("c:/x") / "C:y", W("c:x") / "c:/y")
print(W("//srv/sh") / "a", W("a") / "//srv/sh/b")
print(W("c:/x").joinpath("a", "b"), W("c:/x").joinpath(W("y")))
print("c:/pre" / W("rel"), "c:/pre" / W("d:/abs"))
try:
    W("a") / 3
except TypeError as e:
    print(e)
print(list(W("c:/a/b/c").parents), W("c:/a/b/c").parents[-1])
print(W("//srv/sh/a/b").parents[1], len(W("a/b").parents))
