import os
import pathlib

p = pathlib.Path("f")
p.write_text("x")
st = os.stat("f")
print(p.owner() == pathlib.Path(".").owner(), p.group() == pathlib.Path(".").group())
print(isinstance(p.owner(), str), isinstance(p.group(), str))
with open("/etc/passwd") as f:
    names = {int(l.split(":")[2]): l.split(":")[0] for l in f if l.count(":") > 2}
print(p.owner() == names.get(st.st_uid))
try:
    pathlib.Path("nope").owner()
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    pathlib.Path("nope").group()
except FileNotFoundError as e:
    print(type(e).__name__, e)
