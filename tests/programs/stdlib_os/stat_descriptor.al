# os.stat of a descriptor (fstat), and its OSError naming the descriptor.
import os, tempfile
d = tempfile.mkdtemp()
fd = os.open(os.path.join(d, "f"), os.O_CREAT | os.O_WRONLY)
os.write(fd, b"abc")
print(os.stat(fd).st_size, os.stat(fd) == os.fstat(fd), os.path.getsize(fd) if hasattr(os.path, "getsize") else 0)
os.close(fd)
try:
    os.stat(fd)
except OSError as e:
    print(e)
try:
    os.stat(True)
except OSError as e:
    print(e)
os.unlink(os.path.join(d, "f")); os.rmdir(d)
