# escape() makes names with wildcards literal; has_magic; patterns with brackets and ranges.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    names = ["a[1].txt", "a1.txt", "b*c", "bxc", "q?", "qq", "r-1", "r5", "s!t"]
    for name in names:
        open(os.path.join(d, name), "w").close()
    g = lambda pat: sorted(glob.glob(pat, root_dir=d))
    print(g("a[1].txt"), g(glob.escape("a[1].txt")), g("a[[]1].txt"))
    print(g("b*c"), g(glob.escape("b*c")), g("q?"), g(glob.escape("q?")))
    print(g("r[0-9]"), g("r[!0-9]*"), g("r[-]1"), g("s[!]t"), g("[a-b]*"), g("[!a-r]*"))
    print(g("*[1]*"), g("*["), g("["), g("a[1"))
    for s in ["a[1].txt", "b*c", "q?", "plain", "", "[", "//x?"]:
        print(repr(s), repr(glob.escape(s)), glob.has_magic(s), glob.has_magic(glob.escape(s)))
    print(glob.escape(b"b*c"), glob.has_magic(b"b*c"), glob.has_magic(b"bc"))
