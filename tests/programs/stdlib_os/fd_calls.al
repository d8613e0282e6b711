# os.open/read/write/lseek/fstat/close on descriptors, in a temporary directory.
import os
import tempfile

d = tempfile.mkdtemp()
name = os.path.join(d, "data.bin")
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world"))
print(os.write(fd, bytearray(b"!")))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
st = os.fstat(fd)
print(type(st).__name__, st.st_size, st == os.stat(name))
print(os.isatty(fd))
os.close(fd)
fd = os.open(name, os.O_RDWR | os.O_APPEND)
os.write(fd, b"?")
os.ftruncate(fd, 4)
os.close(fd)
with open(name, "rb") as f:
    print(f.read())
for bad in [lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, b"x"),
            lambda: os.fstat(fd), lambda: os.lseek(fd, 0, 0)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.open(os.path.join(d, "nope", "x"), os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, e.strerror, os.path.relpath(e.filename, d))
try:
    os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(e.errno, e.strerror)
for bad in [lambda: os.write(1, "str"), lambda: os.read(0, -1), lambda: os.open(name),
            lambda: os.close("x")]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
os.unlink(name)
os.rmdir(d)
