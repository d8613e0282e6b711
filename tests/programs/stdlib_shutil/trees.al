# copytree (ignore, dirs_exist_ok, symlinks), rmtree (onerror), move.
import os
import shutil
import tempfile


def listing(top):
    out = []
    for root, dirs, files in os.walk(top):
        rel = os.path.relpath(root, top)
        for name in sorted(files):
            out.append(os.path.join(rel, name))
        for name in sorted(dirs):
            out.append(os.path.join(rel, name) + "/")
    return sorted(out)


with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    for rel in ["a.py", "b.pyc", "pkg/c.py", "pkg/sub/d.txt", "pkg/sub/e.pyc"]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(rel)
    os.symlink("a.py", os.path.join(src, "link.py"))
    out = shutil.copytree(src, os.path.join(d, "copy"))
    print(os.path.relpath(out, d), listing(out))
    print(os.path.islink(os.path.join(out, "link.py")))
    shutil.copytree(src, os.path.join(d, "nopyc"), ignore=shutil.ignore_patterns("*.pyc", "sub"))
    print(listing(os.path.join(d, "nopyc")))
    shutil.copytree(src, os.path.join(d, "links"), symlinks=True)
    print(os.path.islink(os.path.join(d, "links", "link.py")))
    try:
        shutil.copytree(src, os.path.join(d, "copy"))
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    shutil.copytree(src, os.path.join(d, "copy"), dirs_exist_ok=True)
    print(len(listing(os.path.join(d, "copy"))))
    seen = []

    def ignore(path, names):
        seen.append((os.path.relpath(path, d), sorted(names)))
        return []

    shutil.copytree(os.path.join(src, "pkg"), os.path.join(d, "pkg2"), ignore=ignore)
    print(seen)
    moved = shutil.move(os.path.join(d, "pkg2"), os.path.join(d, "copy"))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, "pkg2")))
    m2 = shutil.move(os.path.join(d, "copy", "a.py"), os.path.join(d, "renamed.py"))
    print(os.path.relpath(m2, d), open(m2).read())
    try:
        shutil.move(os.path.join(d, "links", "a.py"), os.path.join(d, "links", "pkg", "c.py"))
        print(open(os.path.join(d, "links", "pkg", "c.py")).read())
        os.mkdir(os.path.join(d, "x"))
        os.mkdir(os.path.join(d, "y"))
        os.mkdir(os.path.join(d, "y", "x"))
        shutil.move(os.path.join(d, "x"), os.path.join(d, "y"))
    except shutil.Error as e:
        print("Error", str(e).replace(d, "D"))
    shutil.rmtree(os.path.join(d, "copy"))
    print(sorted(os.listdir(d)))
    errors = []
    shutil.rmtree(os.path.join(d, "missing"), onerror=lambda f, p, e: errors.append((f.__name__, os.path.basename(p), e[0].__name__)))
    print(errors)
    shutil.rmtree(os.path.join(d, "missing"), ignore_errors=True)
    try:
        shutil.rmtree(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print(e.errno, os.path.basename(e.filename))
    os.symlink("src", os.path.join(d, "srclink"))
    try:
        shutil.rmtree(os.path.join(d, "srclink"))
    except OSError as e:
        print(e)
    try:
        shutil.rmtree(os.path.join(src, "a.py"))
    except NotADirectoryError as e:
        print(type(e).__name__, os.path.basename(e.filename))
