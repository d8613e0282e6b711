# mkdtemp and mkstemp: names, modes, prefixes, suffixes, dir, bytes.
import os
import tempfile

d = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
base = os.path.basename(d)
print(base.startswith("pre_"), base.endswith("_suf"), len(base), os.path.isabs(d))
print(oct(os.stat(d).st_mode & 0o777), os.listdir(d))
fd, name = tempfile.mkstemp(dir=d)
print(type(fd), os.path.dirname(name) == d, os.path.basename(name).startswith("tmp"))
print(oct(os.stat(name).st_mode & 0o777), os.path.getsize(name))
os.write(fd, b"abc")
os.close(fd)
with open(name, "rb") as f:
    print(f.read())
fd2, name2 = tempfile.mkstemp(".txt", "p", d, text=True)
os.close(fd2)
print(name2.endswith(".txt"), os.path.basename(name2)[0], name != name2)
fd3, name3 = tempfile.mkstemp(dir=os.fsencode(d))
os.close(fd3)
print(type(name3).__name__)
sub = tempfile.mkdtemp(dir=d)
print(os.path.dirname(sub) == d, len(os.listdir(d)))
names = {tempfile.mkdtemp(dir=d) for _ in range(20)}
print(len(names))
try:
    tempfile.mkdtemp(dir=os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    tempfile.mkstemp(prefix=b"x", suffix="y")
except TypeError as e:
    print(e)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
