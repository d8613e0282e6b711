# OSErrors name a bytes-like path as the object itself.
import os

for path in [bytearray(b"missing.txt"), bytearray(b"no/such/dir")]:
    try:
        os.stat(path)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e.filename is path)
        print(e)
try:
    os.rename(bytearray(b"nope"), bytearray(b"nope2"))
except OSError as e:
    print(e)
    print(e.filename, e.filename2)
os.mkdir("here")
try:
    os.mkdir(bytearray(b"here"))
except FileExistsError as e:
    print(e)
try:
    os.rmdir(bytearray(b"here\0"))
except ValueError as e:
    print(e)
try:
    os.listdir(bytearray(b"here\0x"))
except ValueError as e:
    print(e)
v = memoryview(b"xhere")[1:]
print(os.path.isdir(v), os.listdir(v), v.tobytes())
nc = memoryview(b"hheerree")[::2]
print(os.path.isdir(nc), os.listdir(nc))
os.rmdir(bytearray(b"here"))
print(os.path.exists("here"))
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.mkdir([b"x"])
except TypeError as e:
    print(e)
