import os


with open("f", "w") as f:
    f.write("x")
st = os.stat("f")
os.chown("f", st.st_uid, st.st_gid)
os.chown("f", -1, -1)
os.lchown("f", -1, st.st_gid)
os.chown("f", st.st_uid, -1, follow_symlinks=False)
fd = os.open("f", os.O_RDONLY)
os.fchmod(fd, 0o640)
print(oct(os.stat("f").st_mode & 0o7777))
os.fchown(fd, -1, -1)
os.close(fd)
for f, args in [(os.chown, ("missing", -1, -1)), (os.lchown, ("missing", 0, 0)),
                (os.fchmod, (9999, 0o600)), (os.fchown, (9999, -1, -1))]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
try:
    os.chown("f", -2, -1)
except OverflowError as e:
    print(e)
try:
    os.chown("f", "root", -1)
except TypeError as e:
    print(e)
