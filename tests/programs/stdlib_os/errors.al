# OSErrors of failed calls: type, errno, strerror, filename, filename2.
import os

top = "_alc_os_errors_%d" % os.getpid()
os.mkdir(top)
os.chdir(top)
os.mkdir("d")
os.mkdir("d/sub")
os.mkdir("empty")
os.symlink("d", "ln")


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno, e)
        print("   ", e.args, e.strerror, repr(e.filename), repr(e.filename2))


show(os.listdir, "nope")
show(os.listdir, "ln/nope")
show(os.mkdir, "d")
show(os.mkdir, "nope/x")
show(os.makedirs, "d")
show(os.makedirs, "")
show(os.rmdir, "d")
show(os.rmdir, "nope")
show(os.rmdir, "ln")
show(os.remove, "d")
show(os.unlink, "nope")
show(os.rename, "nope", "x")
show(os.rename, "d", "d/sub/x")
show(os.replace, "empty", "d")
show(os.stat, "nope")
show(os.lstat, "d/nope/x")
show(os.chdir, "nope")
show(os.readlink, "d")
show(os.symlink, "x", "d")
show(os.link, "nope", "x")
show(os.chmod, "nope", 0o700)
show(os.scandir, "nope")
show(os.removedirs, "nope")
show(os.path.getsize, "nope")
show(os.path.getmtime, "nope")
show(os.putenv, "", "x")
show(lambda: os.stat("d/sub/.."))

e = OSError(2, "No such file or directory", "x")
print(type(e).__name__, e, e.errno, e.filename)
print(isinstance(e, FileNotFoundError), issubclass(FileExistsError, OSError), os.error is OSError)
try:
    os.mkdir("d")
except FileExistsError as e:
    print("caught FileExistsError", e.filename)
try:
    os.rmdir("d")
except os.error as e:
    print("caught os.error", e.strerror)

for bad in [
    lambda: os.mkdir(1),
    lambda: os.stat(None),
    lambda: os.listdir(1.5),
    lambda: os.rename("a", 2),
    lambda: os.mkdir("a\0b"),
    lambda: os.mkdir("a", 1, 2),
    lambda: os.rmdir("a", 1),
    lambda: os.rename("a"),
    lambda: os.mkdir(),
    lambda: os.mkdir("a", "b"),
    lambda: os.mkdir("a", 2**40),
    lambda: os.mkdir(path="a", bad=1),
    lambda: os.getcwd(1),
    lambda: os.strerror("x"),
    lambda: os.chmod("d", 0o700, follow_symlinks=False),
    lambda: os.chmod("ln", 0o700, follow_symlinks=False),
    lambda: os.chmod("nope", 0o700, follow_symlinks=False),
]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError, NotImplementedError, OSError) as x:
        print(type(x).__name__, x)

print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(0), "|", os.strerror(99999))

os.unlink("ln")
os.rmdir("empty")
os.rmdir("d/sub")
os.rmdir("d")
os.chdir("..")
os.rmdir(top)
print(os.path.exists(top))
