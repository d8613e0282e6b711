import os

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.write(w, b"hello")
print(os.read(r, 5))
d = os.dup(w)
print(d > w, os.get_inheritable(d))
os.write(d, b"via dup")
print(os.read(r, 7))
os.set_inheritable(d, True)
print(os.get_inheritable(d))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)
fd = os.open("f.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.dup2(fd, d), os.get_inheritable(d))
print(os.dup2(fd, d, inheritable=False), os.get_inheritable(d))
os.write(d, b"into file")
os.closerange(d, d + 1)
os.close(fd)
print(open("f.txt").read())
r2, w2 = os.pipe2(os.O_NONBLOCK)
print(os.get_blocking(r2), os.get_inheritable(r2))
for f in (r, w, r2, w2):
    os.close(f)
for bad in (os.dup, os.get_inheritable, os.get_blocking, os.fchdir, os.fdatasync):
    try:
        bad(9999)
    except OSError as e:
        print(bad.__name__, type(e).__name__, e)
try:
    os.dup2(9999, 5)
except OSError as e:
    print(e)
