# Path.glob and Path.rglob: wildcards, **, hidden names, sorted results.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    for rel in ["a.py", "b.txt", ".hidden.py", "pkg/c.py", "pkg/sub/d.py", "pkg/sub/e.txt",
                ".cache/f.py", "docs/readme.md"]:
        p = base / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel)

    def show(paths):
        return sorted(str(p.relative_to(base)) for p in paths)

    print(show(base.glob("*.py")))
    print(show(base.glob("*")))
    print(show(base.glob("*/*.py")))
    print(show(base.glob("**/*.py")))
    print(show(base.glob("**")))
    print(show(base.glob("pkg/**/*.txt")))
    print(show(base.rglob("*.txt")))
    print(show(base.rglob("d.py")), show(base.glob("pkg/sub")), show(base.glob("nope/*")))
    print(show(base.glob("?.py")), show(base.glob("[ab].*")))
    for bad in ["", "/abs/*"]:
        try:
            list(base.glob(bad))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
