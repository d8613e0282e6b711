import os
import shutil

u = shutil.disk_usage(".")
print(type(u).__name__, u._fields, all(isinstance(x, int) for x in u))
print(u.total >= u.used >= 0, u.free <= u.total, u == tuple(u))
print(repr(u).startswith("usage(total="))
st = os.statvfs(".")
print(u.total == st.f_blocks * st.f_frsize)
print(shutil.disk_usage(b".").total == u.total)
try:
    shutil.disk_usage("missing")
except FileNotFoundError as e:
    print(e)
