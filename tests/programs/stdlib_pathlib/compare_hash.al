# Path comparisons, sorting, hashing in sets and dicts, equality across Pure and concrete classes.
from pathlib import Path, PosixPath, PurePath, PurePosixPath

paths = [PurePosixPath(s) for s in ["b", "/a", "a/b", "a", "/", "a/b/c", "A", ".", "/a/b", "a.b"]]
print(sorted(paths))
print(sorted(paths, reverse=True)[:3])
print(min(paths), max(paths))
s = {PurePosixPath("x/y"), PurePosixPath("x", "y"), PurePosixPath("x/y/"), PurePosixPath("./x/y")}
print(s, len(s))
d = {PurePosixPath("k"): 1, Path("k"): 2}
print(d)
print(PurePath("a") == Path("a"), PosixPath("a") == PurePosixPath("a"), Path("a") != Path("b"))
print(PurePosixPath("a") == "a", PurePosixPath("a") != "a", hash(PurePosixPath("a/b")) == hash(Path("a/b")))
a = PurePosixPath("a")
for f in [lambda: a < "b", lambda: a > "b", lambda: a <= "b", lambda: a >= "b", lambda: 1 < a]:
    try:
        f()
    except TypeError as e:
        print(e)
print(PurePosixPath("a") < PurePosixPath("b") < PurePosixPath("c"), PurePosixPath("/z") < PurePosixPath("a"))
print(sorted({Path("z"): 0, Path("/y"): 0, Path("x/1"): 0}))
