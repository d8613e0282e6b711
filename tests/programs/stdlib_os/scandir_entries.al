# os.scandir: DirEntry fields, kinds, stat, inode, the context manager; os.walk both ways.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "dir", "inner"))
    with open(os.path.join(d, "file.txt"), "w") as f:
        f.write("12345")
    os.symlink("file.txt", os.path.join(d, "flink"))
    os.symlink("dir", os.path.join(d, "dlink"))
    os.symlink("nowhere", os.path.join(d, "broken"))
    with os.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, os.path.relpath(e.path, d), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    f = [e for e in entries if e.name == "file.txt"][0]
    print(repr(f), f.stat().st_size, f.inode() == os.stat(f.path).st_ino, os.fspath(f) == f.path)
    link = [e for e in entries if e.name == "flink"][0]
    print(link.stat().st_size, link.stat(follow_symlinks=False).st_size != 5 or True)
    broken = [e for e in entries if e.name == "broken"][0]
    try:
        broken.stat()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    it = os.scandir(d)
    print(next(it).name in os.listdir(d))
    it.close()
    print(list(it))
    print(sorted(e.name for e in os.scandir(os.fsencode(d))) == sorted(os.listdir(os.fsencode(d))))
    for top, dirs, files in os.walk(d):
        print(os.path.relpath(top, d), sorted(dirs), sorted(files))
    for top, dirs, files in os.walk(d, topdown=False):
        print(os.path.relpath(top, d), sorted(dirs), sorted(files))
    print(len(list(os.walk(d, followlinks=True))))
    errors = []
    print(list(os.walk(os.path.join(d, "missing"), onerror=errors.append)), type(errors[0]).__name__)
