# glob with recursive=True and **, hidden directories, escape and has_magic.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    for name in ["top.py", "pkg/a.py", "pkg/b.txt", "pkg/sub/c.py", "pkg/sub/deeper/d.py",
                 ".git/config", "pkg/.cache/e.py"]:
        os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
        with open(name, "w") as f:
            f.write(name)
    print(sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("pkg/**", recursive=True)))
    print(sorted(glob.glob("pkg/**/*.py", recursive=True)))
    print(sorted(glob.glob("**/*.py")))
    print(sorted(glob.glob("**/*.py", recursive=True, include_hidden=True)))
    print(sorted(glob.glob("**/config", recursive=True)), sorted(glob.glob(".git/*")))
    print(glob.escape("a*b?c[d].txt"), glob.escape(b"x[1]*"), glob.escape("plain"))
    print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
    print(sorted(glob.glob("**/*.py", root_dir="pkg", recursive=True)))
    print(glob.glob1("pkg", "*.py"), glob.glob0("pkg", "b.txt"), glob.glob0("pkg", "zz"))
    os.chdir("/")
