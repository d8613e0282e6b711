# Copying symbolic links: follow_symlinks for copyfile, copy, copy2, copymode and copystat; copytree symlinks.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    j = lambda *p: os.path.join(d, *p)
    with open(j("target.txt"), "w") as f:
        f.write("target data")
    os.chmod(j("target.txt"), 0o604)
    os.symlink("target.txt", j("link"))
    print(shutil.copy(j("link"), j("c1")) == j("c1"), os.path.islink(j("c1")), open(j("c1")).read())
    print(oct(os.stat(j("c1")).st_mode & 0o777))
    shutil.copy(j("link"), j("c2"), follow_symlinks=False)
    print(os.path.islink(j("c2")), os.readlink(j("c2")))
    shutil.copy2(j("link"), j("c3"), follow_symlinks=False)
    print(os.path.islink(j("c3")), os.readlink(j("c3")))
    shutil.copymode(j("link"), j("c3"), follow_symlinks=False)
    shutil.copystat(j("link"), j("c3"), follow_symlinks=False)
    print(oct(os.stat(j("target.txt")).st_mode & 0o777))
    os.mkdir(j("tree"))
    os.symlink("../target.txt", j("tree", "rel"))
    os.symlink(j("target.txt"), j("tree", "abs"))
    shutil.copytree(j("tree"), j("t1"), symlinks=True)
    print(sorted((n, os.path.islink(j("t1", n))) for n in os.listdir(j("t1"))), os.readlink(j("t1", "rel")))
    shutil.copytree(j("tree"), j("t2"))
    print(sorted((n, os.path.islink(j("t2", n))) for n in os.listdir(j("t2"))))
    shutil.rmtree(j("t1"))
    print(os.path.exists(j("target.txt")), sorted(os.listdir(d)))
