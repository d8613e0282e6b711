import os

fd = os.open("x", os.O_RDWR | os.O_CREAT)
f = os.fdopen(fd, "w")
print(f.name, f.mode, f.closed)
f.write("hello\n")
f.close()
try:
    os.fstat(fd)
except OSError as e:
    print(e)
fd = os.open("x", os.O_RDONLY)
with os.fdopen(fd, "rb") as f:
    print(f.name, f.read())
with open(os.open("x", os.O_RDONLY), encoding="ascii") as f:
    print(f.readline(), f.encoding)
fd = os.open("x", os.O_WRONLY | os.O_APPEND)
with open(fd, "a") as f:
    f.write("more\n")
with open("x") as f:
    print(f.read())
try:
    open(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(9999)
except OSError as e:
    print(type(e).__name__, e)
fd = os.open(".", os.O_RDONLY)
try:
    open(fd)
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.fdopen("x")
except TypeError as e:
    print(e)
r, w = os.pipe()
with os.fdopen(w, "w") as wf:
    wf.write("through a pipe")
with os.fdopen(r) as rf:
    print(rf.read())
