# writelines on BytesIO and binary files: each item written in order, any
# bytes-like object accepted, a str item raising after the earlier ones.
import io

b = io.BytesIO()
b.writelines([b"ab", b"cd", bytearray(b"ef"), memoryview(b"gh")])
print(b.getvalue())
try:
    b.writelines([b"x", "y", b"z"])
except TypeError as e:
    print("TypeError:", e)
print(b.getvalue())
b.writelines(x.encode() for x in "123")
print(b.getvalue(), b.tell())
b.seek(2)
b.writelines([b"__"])
print(b.getvalue())

with open("out.bin", "wb") as f:
    print(f.writelines([b"line 1\n", b"line 2\n"]))
    f.writelines(iter([b"end"]))
with open("out.bin", "rb") as f:
    print(f.read())
with open("out.bin", "rb") as f:
    try:
        f.writelines([b"no"])
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
b.close()
try:
    b.writelines([b"late"])
except ValueError as e:
    print("ValueError:", e)
