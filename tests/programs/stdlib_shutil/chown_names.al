import os
import shutil

with open("f", "w") as f:
    f.write("x")
st = os.stat("f")
shutil.chown("f", st.st_uid, st.st_gid)
shutil.chown("f", user=st.st_uid)
shutil.chown("f", group=st.st_gid)
with open("/etc/passwd") as f:
    me = [l.split(":")[0] for l in f if l.split(":")[2] == str(st.st_uid)][0]
shutil.chown("f", me)
try:
    shutil.chown("f")
except ValueError as e:
    print(e)
try:
    shutil.chown("f", "no-such-user-xyz")
except LookupError as e:
    print(type(e).__name__, e)
try:
    shutil.chown("f", None, "no-such-group-xyz")
except LookupError as e:
    print(type(e).__name__, e)
try:
    shutil.chown("missing", st.st_uid)
except FileNotFoundError as e:
    print(e)
print(os.stat("f").st_uid == st.st_uid)
