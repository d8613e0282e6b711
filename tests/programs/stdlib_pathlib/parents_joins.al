# parents as a sequence (indexes, negative indexes, slices), joining with / and joinpath, repr and str.
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
ps = p.parents
print(ps, len(ps), ps[0], ps[1], ps[-1], ps[-2])
print([str(x) for x in ps], ps[1:3], ps[::2], ps[-2:])
try:
    ps[5]
except IndexError as e:
    print("IndexError", e)
try:
    ps[-6]
except IndexError as e:
    print("IndexError", e)
r = PurePosixPath("a/b/c")
print([str(x) for x in r.parents], list(PurePosixPath("a").parents), list(PurePosixPath("/").parents))
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y") / "z", PurePosixPath("a") / PurePosixPath("/b"))
print(PurePosixPath("a").joinpath("b", PurePosixPath("c"), "d/e"), PurePosixPath().joinpath())
print(repr(Path("a") / "b"), repr(PurePosixPath("a b", "c'd")), str(Path("")), repr(Path()))
for bad in [1, None, b"x"]:
    try:
        PurePosixPath("a") / bad
    except TypeError as e:
        print(type(e).__name__, e)
print(PurePosixPath("a/b").parts, PurePosixPath("/a/b").parts, PurePosixPath("//a/b").parts)
print(PurePosixPath("a/b").parent.name, PurePosixPath("a/b.c.d").stem, PurePosixPath("a/b.c.d").suffix)
