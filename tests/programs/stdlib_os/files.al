# Files and directories the program creates in a fresh directory of its
# own. Regular files are hard links to this program's source.
import os

source = os.path.abspath(__file__)
size = os.path.getsize(source)
top = "_alc_os_files_%d" % os.getpid()
os.mkdir(top)
start = os.getcwd()
os.chdir(top)
print(os.path.relpath(os.getcwd(), start) == top, os.path.abspath(".") == os.getcwd())
print(os.listdir(), os.listdir("."), os.listdir(None))

os.mkdir("d")
os.mkdir("d/e", 0o755)
os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
os.makedirs("x/./y/")
print(sorted(os.listdir()), os.listdir("a"), os.listdir("a/b"), sorted(os.listdir("x")))
print(os.listdir() == [e.name for e in os.scandir()])

os.link(source, "f")
os.link("f", "d/g")
print(os.path.isfile("f"), os.path.isdir("f"), os.path.getsize("f") == size, os.stat("d/g").st_nlink >= 3)
os.mkdir("files")
for i in range(5):
    os.link("f", "files/tmp%d" % i)
    os.rename("files/tmp%d" % i, "files/n%d" % i)
print(sorted(os.listdir("files")))
for i in range(5):
    os.replace("files/n%d" % i, "files/m%d" % (4 - i))
print(sorted(os.listdir("files")))
os.replace("files/m0", "files/m1")
print(sorted(os.listdir("files")))

print(os.path.exists("d"), os.path.isdir("d"), os.path.isfile("d"), os.path.islink("d"), os.path.lexists("d"))
print(os.path.exists("nope"), os.path.isdir("nope"), os.path.isfile("nope"), os.path.islink("nope"))
print(os.path.exists("a\0b"), os.path.isdir("a\0b"), os.path.ismount("d"), os.path.ismount("/"))

os.symlink("d", "link_to_d")
os.symlink("nowhere", "broken")
os.symlink("f", "link_to_f")
print(os.path.islink("link_to_d"), os.path.isdir("link_to_d"), os.readlink("link_to_d"))
print(os.path.isfile("link_to_f"), os.path.islink("link_to_f"), os.path.getsize("link_to_f") == size)
print(os.path.exists("broken"), os.path.lexists("broken"), os.path.islink("broken"))
print(os.path.samefile("d", "link_to_d"), os.path.samefile("d", "a"), os.path.samefile("f", "d/g"))
print(os.path.relpath(os.path.realpath("link_to_d/e/../e"), os.getcwd()))
print(os.path.relpath(os.path.realpath("broken"), os.getcwd()))
print(os.path.relpath(os.path.realpath("link_to_f"), os.getcwd()))
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
print(os.path.relpath(os.path.realpath("loop1/x"), os.getcwd()))
try:
    os.path.realpath("loop1", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.path.realpath("missing", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno, e)
os.chmod("d/e", 0o700)
print(oct(os.stat("d/e").st_mode & 0o777), oct(os.lstat("link_to_f").st_mode & 0o170000))
os.symlink("e", "d/link_to_e")
os.chmod("d/link_to_e", 0o750)
print(oct(os.stat("d/e").st_mode & 0o777))
os.unlink("d/link_to_e")
for name in ["link_to_d", "broken", "loop1", "loop2", "link_to_f", "f"]:
    os.unlink(name)
os.remove("d/g")

os.removedirs("a/b/c")
print(os.path.exists("a"), sorted(os.listdir()))
os.makedirs("r/s")
os.renames("r/s", "t/u/v")
print(os.path.exists("r"), os.path.isdir("t/u/v"))
os.removedirs("t/u/v")
os.removedirs("x/y")
for name in os.listdir("files"):
    os.remove(os.path.join("files", name))
os.rmdir("files")
os.rmdir("d/e")
os.rmdir("d")
print(os.listdir())
os.chdir("..")
os.rmdir(top)
print(os.path.exists(top))
