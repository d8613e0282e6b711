import os
import pathlib

p = pathlib.Path("f")
p.write_text("x")
os.symlink("f", "l")
try:
    pathlib.Path("l").lchmod(0o600)
except NotImplementedError as e:
    print(type(e).__name__, e)
p.link_to("g")
print(os.path.exists("g"), os.stat("g").st_nlink)
try:
    pathlib.Path("missing").link_to("h")
except FileNotFoundError as e:
    print(type(e).__name__, e)
