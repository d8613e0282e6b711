from pathlib import PureWindowsPath as W

p = W("c:/dir/report.txt")
for n in ["x.txt", "a/b", "a\\b", "c:x", "", ".", "x:"]:
    try:
        print(p.with_name(n))
    except ValueError as e:
        print(e)
for s in [".md", "a\\b", "/", ".", "", "md"]:
    try:
        print(p.with_suffix(s))
    except ValueError as e:
        print(e)
print(p.with_stem("summary"))
try:
    W("c:/").with_name("x")
except ValueError as e:
    print(e)
for n in ["CON", "con.txt", "a/nul", "x/COM1", "x/com1.txt", "LPT9", "aux:x",
          "nul .txt", "//s/h/con", "CONIN$", "b", "c:/", "", "COM10"]:
    print(repr(n), W(n).is_reserved())
