# PurePath / PurePosixPath: parsing, joining, parts, names, suffixes, with_*.
from pathlib import PurePath, PurePosixPath

for s in ["", ".", "a", "/", "//", "///", "a/b/c", "/usr/local/lib/", "a/./b/../c",
          "//server/share", "~/notes.tar.gz", ".bashrc", "x.", "a..b", "/etc/hosts"]:
    p = PurePosixPath(s)
    print(repr(s), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          p.root, p.anchor, p.drive == "", p.is_absolute())
p = PurePath("/srv", "www", "site/index.html")
print(repr(p), type(p).__name__)
print(p.parent, p.parent.parent, list(p.parents), len(p.parents))
print(p.with_name("about.html"), p.with_suffix(".txt"), p.with_suffix(""), p.with_stem("home"))
print(p / "x", "base" / PurePosixPath("rel"), PurePosixPath("a") / "/abs" / "b")
print(p.joinpath("a", "b"), p.relative_to("/srv"), p.relative_to("/srv/www/site"))
print(p.is_relative_to("/srv"), p.is_relative_to("/other"), p.as_posix(), p.is_reserved())
print(PurePosixPath("a.tar.gz").with_suffix(".bz2"), PurePosixPath("archive").with_suffix(".zip"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == "a", PurePosixPath("/a") < PurePosixPath("/b"))
print(PurePosixPath("a/b.py").match("b.py"), PurePosixPath("a/b.py").match("a/*.py"),
      PurePosixPath("a/b.py").match("/a/*.py"), PurePosixPath("a/b/c.py").match("b/*.py"),
      PurePosixPath("a/b.py").match("x/a/*.py"), PurePosixPath("a/B.py").match("*.py"))
print(PurePosixPath(PurePosixPath("a"), "b"), str(PurePosixPath("a", "", "b")))
print(PurePosixPath("/").parent, PurePosixPath("a").parent, PurePosixPath(".").parent)
