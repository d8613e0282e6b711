# copyfile, copy, copy2, copymode, copystat, copyfileobj.
import io
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("hello\n" * 3)
    os.chmod(src, 0o640)
    os.utime(src, (1000, 2000))
    dst = os.path.join(d, "dst.txt")
    print(shutil.copyfile(src, dst) == dst, open(dst).read() == open(src).read())
    print(oct(os.stat(dst).st_mode & 0o777) != "0o640" or True)
    shutil.copymode(src, dst)
    print(oct(os.stat(dst).st_mode & 0o777))
    shutil.copystat(src, dst)
    print(os.stat(dst).st_mtime)
    sub = os.path.join(d, "sub")
    os.mkdir(sub)
    r = shutil.copy(src, sub)
    print(os.path.relpath(r, d), oct(os.stat(r).st_mode & 0o777), os.stat(r).st_mtime != 2000)
    r2 = shutil.copy2(src, os.path.join(sub, "two.txt"))
    print(os.path.relpath(r2, d), os.stat(r2).st_mtime)
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print(type(e).__name__, isinstance(e, shutil.Error), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(d, "missing"), dst)
    except FileNotFoundError as e:
        print(e.errno, os.path.basename(e.filename))
    try:
        shutil.copyfile(src, sub)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
    os.symlink("src.txt", os.path.join(d, "link"))
    shutil.copyfile(os.path.join(d, "link"), os.path.join(d, "fromlink"), follow_symlinks=False)
    print(os.path.islink(os.path.join(d, "fromlink")), os.readlink(os.path.join(d, "fromlink")))
    out = io.StringIO()
    shutil.copyfileobj(io.StringIO("abc" * 10), out, 7)
    print(out.getvalue())
    print(sorted(os.listdir(d)), sorted(os.listdir(sub)))
