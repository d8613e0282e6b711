# stat_result, scandir's DirEntry, and walk over a tree the program makes.
import os

source = os.path.abspath(__file__)
top = "_alc_os_walk_%d" % os.getpid()
os.mkdir(top)
os.chdir(top)

st = os.stat(source)
print(type(st).__name__, type(st), isinstance(st, tuple), len(st))
print(st.st_size == os.path.getsize(source), st[6] == st.st_size, st[0] == st.st_mode)
print(st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(st[8] == int(st.st_mtime), st.st_mtime == os.path.getmtime(source), st.st_mtime_ns // 10**9 == st[8])
print(os.path.getatime(source) == st.st_atime, os.path.getctime(source) == st.st_ctime)
print(st.st_ino > 0, st.st_nlink >= 1, st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev == 0)
print(st == os.stat(source), st == tuple(st), tuple(st)[:7] == st[:7])
dst = os.stat(".")
print(dst.st_mode & 0o170000 == 0o040000)

sr = os.stat_result(range(10))
print(sr)
print(sr.st_atime, sr.st_atime_ns, sr.st_blksize, sr[7], sr[-1], sr[2:4], list(sr))
sr = os.stat_result(range(19))
print(sr, sr.st_atime, sr.st_mtime_ns, sr.st_rdev)
sr = os.stat_result(range(10), {"st_atime": 5.5, "st_rdev": 9})
print(sr.st_atime, sr.st_rdev, sr.st_mtime)
for bad in [(1, 2), range(20), 5]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print(e)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)

os.makedirs("t/a/x")
os.makedirs("t/a/y")
os.makedirs("t/b")
os.link(source, "t/f1")
os.link(source, "t/a/f2")
os.symlink("a", "t/la")
os.symlink("missing", "t/lm")

with os.scandir("t") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), os.fspath(e))
f1 = [e for e in entries if e.name == "f1"][0]
print(f1.stat().st_size == st.st_size, f1.inode() == st.st_ino, f1.stat() is f1.stat())
la = [e for e in entries if e.name == "la"][0]
print(la.stat().st_mode & 0o170000 == 0o040000, la.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000)
print(sorted(e.name for e in os.scandir("t/")), [e.path for e in os.scandir("t/a/x")])
print(sorted(e.path for e in os.scandir("t/a/")))
print(type(os.scandir()).__name__, os.DirEntry.__name__)

for root, dirs, files in os.walk("t"):
    dirs.sort()
    print(root, dirs, sorted(files))
print("pruned")
for root, dirs, files in os.walk("t"):
    dirs[:] = sorted(d for d in dirs if d != "a")
    print(root, dirs, sorted(files))
print("followlinks")
for root, dirs, files in os.walk("t", followlinks=True):
    dirs.sort()
    print(root, dirs, sorted(files))
print("bottom-up")
seen = []
for root, dirs, files in os.walk("t", topdown=False):
    # Each directory comes after those below it (their order is the
    # system's, so the listing is sorted).
    for d in dirs:
        p = os.path.join(root, d)
        if not os.path.islink(p):
            assert p in [r for r, _, _ in seen], p
    seen.append((root, sorted(dirs), sorted(files)))
for s in sorted(seen):
    print(*s)
print(len(seen))
errors = []
print(list(os.walk("nope")), list(os.walk("nope", onerror=errors.append)))
print([(type(e).__name__, e.filename) for e in errors])
print(list(os.walk("t/a/x")))
try:
    os.walk(1)
except TypeError as e:
    print(e)

for p in ["t/f1", "t/a/f2", "t/la", "t/lm"]:
    os.unlink(p)
for p in ["t/a/x", "t/a/y", "t/b"]:
    os.removedirs(p)
os.chdir("..")
os.rmdir(top)
print(os.path.exists(top))
