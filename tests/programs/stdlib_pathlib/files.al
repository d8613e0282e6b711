# Path: creating, reading, writing, listing, stat, renaming, removing in a temporary directory.
import os
import tempfile
from pathlib import Path, PosixPath

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(type(base).__name__, base.exists(), base.is_dir(), base.is_file())
    d = base / "data" / "nested"
    try:
        d.mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    d.mkdir(parents=True)
    d.mkdir(parents=True, exist_ok=True)
    try:
        d.mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    f = d / "notes.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes())
    print(f.stat().st_size, f.is_file(), f.exists(), f.is_symlink())
    g = d / "bin.dat"
    print(g.write_bytes(b"\x00\x01\x02"), g.read_bytes(), g.write_bytes(bytearray(b"xy")))
    with f.open("a") as fh:
        fh.write("more\n")
    with f.open() as fh:
        print(fh.readlines())
    print(sorted(p.name for p in d.iterdir()))
    (base / "empty.txt").touch()
    print((base / "empty.txt").stat().st_size)
    try:
        (base / "empty.txt").touch(exist_ok=False)
    except FileExistsError as e:
        print(type(e).__name__)
    h = f.rename(d / "renamed.txt")
    print(type(h).__name__, h.name, f.exists(), h.exists())
    r = h.replace(base / "top.txt")
    print(r.relative_to(base), r.read_text().splitlines())
    link = base / "link"
    link.symlink_to("top.txt")
    print(link.is_symlink(), link.readlink(), link.resolve() == r.resolve(), link.samefile(r))
    print(link.lstat().st_mode & 0o170000 == 0o120000, link.stat().st_size == r.stat().st_size)
    r.chmod(0o600)
    print(oct(r.stat().st_mode & 0o777))
    try:
        (base / "missing.txt").unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    (base / "missing.txt").unlink(missing_ok=True)
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print(e.strerror, Path(e.filename).name)
    try:
        (base / "data").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    g.unlink()
    d.rmdir()
    (base / "data").rmdir()
    print(sorted(p.name for p in base.iterdir()))
    print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")))
    print(Path("~/x").expanduser() == Path.home() / "x", Path("rel").absolute() == Path.cwd() / "rel")
    os.chdir(tmp)
    print(Path("top.txt").resolve() == base.resolve() / "top.txt", Path(".").resolve() == base.resolve())
    os.chdir("/")
    print(isinstance(base, PosixPath), os.fspath(base) == tmp, str(base) == tmp)
