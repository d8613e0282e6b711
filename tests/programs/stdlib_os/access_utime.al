# os.access, os.chmod, os.utime, os.truncate and os.umask.
import os
import tempfile

d = tempfile.mkdtemp()
name = os.path.join(d, "f.txt")
with open(name, "w") as f:
    f.write("0123456789")
print(os.access(name, os.F_OK), os.access(name, os.R_OK | os.W_OK))
print(os.access(os.path.join(d, "nope"), os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
os.chmod(name, 0o640)
print(oct(os.stat(name).st_mode & 0o777))
print(os.access(name, os.X_OK))
os.utime(name, (1000, 2000))
st = os.stat(name)
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
os.utime(name, (1.5, 2000000000.25))
st = os.stat(name)
print(st.st_atime, st.st_mtime_ns, st[8])
os.utime(name, ns=(5, 3_000_000_123))
print(os.stat(name).st_atime_ns, os.stat(name).st_mtime_ns)
os.truncate(name, 4)
print(os.path.getsize(name), open(name).read())
old = os.umask(0o077)
print(os.umask(old) == 0o077)
for bad in [lambda: os.utime(name, (1,)), lambda: os.utime(name, times=(1, 2), ns=(1, 2)),
            lambda: os.utime(name, ns=5), lambda: os.utime(name, times=5),
            lambda: os.access(1.5, os.F_OK), lambda: os.umask("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.truncate(os.path.join(d, "nope"), 1)
except FileNotFoundError as e:
    print(e.errno, os.path.basename(e.filename))
try:
    os.utime(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(e)
os.remove(name)
os.rmdir(d)
