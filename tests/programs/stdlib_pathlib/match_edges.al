# PurePath.match with roots and empty patterns, relative_to with empty and root arguments.
from pathlib import PurePosixPath as P


def t(f):
    try:
        print(repr(f()))
    except ValueError as e:
        print("ValueError:", e)


for path in ["", "/", "//", "/b.txt", "a/b", "/a/b"]:
    for pat in ["", ".", "/", "//", "*", "/*", "b", "a/*", "/a/*", "**"]:
        t(lambda: (path, pat, P(path).match(pat)))
t(lambda: P("/e").relative_to(""))
t(lambda: P("e").relative_to("/"))
t(lambda: P("/e").relative_to("/"))
t(lambda: P("a/b").relative_to("a/b"))
t(lambda: P("a/b").relative_to("a", "b", "c"))
