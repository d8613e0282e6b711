# File names that are not UTF-8, as CPython gives them on Linux: decoded
# with surrogateescape (byte 0xe9 becomes '\udce9'), encoded back to the
# same bytes on the way to the OS, and bytes paths taken and returned as
# bytes. Names are printed with ascii() or repr(): printing a lone
# surrogate to stdout raises.
import os

os.mkdir("t")
os.chdir("t")

# Creating files under names that are not UTF-8, three ways.
with open(b"caf\xe9.txt", "w") as f:
    f.write("one")
with open(os.fsdecode(b"na\xefve\xff"), "w") as f:
    f.write("two")
with open("plain.txt", "w") as f:
    f.write("three")
os.mkdir(b"d\xfe")
os.mkdir(os.fsdecode(b"d\xfe/sub\x80"))
with open(os.path.join(b"d\xfe", b"inner\xe9"), "wb") as f:
    f.write(b"four")

names = sorted(os.listdir())
print(ascii(names))
print(sorted(os.listdir(b".")))
print([os.fsencode(n) for n in names] == sorted(os.listdir(b".")))
print(ascii(sorted(os.listdir(os.fsdecode(b"d\xfe")))), sorted(os.listdir(b"d\xfe")))

# Each name read goes back to the OS as the same bytes.
for n in names:
    if os.path.isfile(n):
        with open(n) as f:
            print(ascii(n), f.read(), os.stat(n).st_size, os.path.getsize(os.fsencode(n)))
print(repr(open(b"caf\xe9.txt")).split(" mode")[0])
f = open(os.fsdecode(b"caf\xe9.txt"))
print(ascii(f.name), ascii(repr(f).split(" mode")[0]))
f.close()

# scandir and walk, str and bytes.
for e in sorted(os.scandir(), key=lambda e: e.name):
    print(ascii(e), ascii(e.name), ascii(e.path), e.is_file(), e.is_dir())
for e in sorted(os.scandir(b"d\xfe"), key=lambda e: e.name):
    print(e, e.name, e.path, e.is_file(), os.fspath(e))
for top, dirs, files in sorted(os.walk(".")):
    print(ascii(top), ascii(sorted(dirs)), ascii(sorted(files)))
for top, dirs, files in sorted(os.walk(b".")):
    print(top, sorted(dirs), sorted(files))

# Renaming, links, the working directory.
os.rename(os.fsdecode(b"na\xefve\xff"), b"renamed\xff")
print(ascii(sorted(os.listdir())))
os.symlink(b"caf\xe9.txt", os.fsdecode(b"link\xe9"))
print(ascii(os.readlink(os.fsdecode(b"link\xe9"))), os.readlink(b"link\xe9"))
print(os.path.islink(b"link\xe9"), os.path.exists(os.fsdecode(b"link\xe9")))
print(ascii(os.path.realpath(os.fsdecode(b"link\xe9"))[-9:]), os.path.realpath(b"link\xe9")[-9:])
os.chdir(b"d\xfe")
print(ascii(os.path.basename(os.getcwd())), os.path.basename(os.getcwdb()))
print(os.getcwdb() == os.fsencode(os.getcwd()), isinstance(os.getcwdb(), bytes))
os.chdir("..")

# Errors name the path as it was given.
for path in [os.fsdecode(b"nope\xff"), b"nope\xff"]:
    try:
        os.stat(path)
    except FileNotFoundError as e:
        print(type(e).__name__, e, ascii(e.filename))
try:
    os.rename(b"gone\xe9", "x")
except OSError as e:
    print(e)
for bad in ["\ud800", "ab\udc80\udfff", os.fsdecode(b"ok\xff") + "\ud801"]:
    for call in [os.stat, os.mkdir, os.listdir, open, os.fsencode]:
        try:
            call(bad)
        except UnicodeEncodeError as e:
            print(call.__name__, e, e.start, e.end, e.reason)
for bad in [b"a\0b", "a\0b"]:
    for call in [os.stat, os.mkdir, open]:
        try:
            call(bad)
        except ValueError as e:
            print(call.__name__, e)

# fsencode and fsdecode use the same handler.
print(os.fsencode("\udc80"), os.fsencode("caf\udce9"), os.fsencode(b"x\xff"))
print(ascii(os.fsdecode(b"\x80\xff")), ascii(os.fsdecode("s\udcff")))
print(os.fsdecode(os.fsencode(os.fsdecode(b"\xc3\xa9\xe9"))) == os.fsdecode(b"\xc3\xa9\xe9"))

# Cleaning up with the names listed.
for top, dirs, files in os.walk(b".", topdown=False):
    for n in files:
        os.remove(os.path.join(top, n))
    for n in dirs:
        p = os.path.join(top, n)
        if os.path.islink(p):
            os.remove(p)
        else:
            os.rmdir(p)
print(os.listdir(), os.listdir(b"."))
