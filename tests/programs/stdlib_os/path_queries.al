# os.path queries on real files: getsize, getmtime, samefile, realpath, relpath, exists, lexists.
import os
import tempfile

d = os.path.realpath(tempfile.mkdtemp())
a = os.path.join(d, "a.txt")
with open(a, "w") as f:
    f.write("abcdef")
os.utime(a, (100, 200))
os.symlink("a.txt", os.path.join(d, "link"))
os.symlink("missing", os.path.join(d, "dangling"))
os.link(a, os.path.join(d, "hard"))
print(os.path.getsize(a), os.path.getmtime(a), os.path.getatime(a))
print(os.path.samefile(a, os.path.join(d, "link")), os.path.samefile(a, os.path.join(d, "hard")))
print(os.stat(a).st_nlink, os.path.samefile(a, d))
print(os.path.realpath(os.path.join(d, "link")) == a, os.path.realpath(os.path.join(d, "x", "..", "a.txt")) == a)
print(os.path.relpath(a, d), os.path.relpath(d, a), os.path.relpath(os.path.join(d, "sub", "f"), os.path.join(d, "other")))
print(os.path.exists(os.path.join(d, "dangling")), os.path.lexists(os.path.join(d, "dangling")))
print(os.path.islink(os.path.join(d, "link")), os.path.isfile(os.path.join(d, "link")), os.path.isdir(d))
print(os.readlink(os.path.join(d, "link")), os.path.ismount("/"), os.path.ismount(d))
try:
    os.path.getsize(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(e.errno, os.path.basename(e.filename))
try:
    os.path.realpath(os.path.join(d, "dangling"), strict=True)
except FileNotFoundError as e:
    print(type(e).__name__)
os.environ["MYDIR"] = d
print(os.path.expandvars("$MYDIR/a.txt") == a, os.path.expandvars("${MYDIR}x") == d + "x", os.path.expandvars("$NOPE_X/y"))
for name in ["a.txt", "link", "dangling", "hard"]:
    os.unlink(os.path.join(d, name))
os.removedirs(d)
print(os.path.exists(d))
