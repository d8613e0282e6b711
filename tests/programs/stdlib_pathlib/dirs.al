# Path.mkdir with parents and exist_ok over files, iterdir, rmdir errors, touch, is_* on special paths.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "file").write_text("x")
    for args in [dict(), dict(exist_ok=True), dict(parents=True, exist_ok=True)]:
        try:
            (base / "file").mkdir(**args)
        except FileExistsError as e:
            print("FileExistsError", e.errno, args)
    try:
        (base / "file" / "sub").mkdir(parents=True)
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    (base / "a" / "b" / "c").mkdir(parents=True)
    print(sorted(str(p.relative_to(base)) for p in base.iterdir()))
    print([p.name for p in (base / "a").iterdir()])
    try:
        list((base / "missing").iterdir())
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        list((base / "file").iterdir())
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    try:
        (base / "a").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        (base / "file").rmdir()
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    (base / "t").touch(mode=0o600)
    print(oct((base / "t").stat().st_mode & 0o777), (base / "t").stat().st_size)
    os.utime(base / "t", (1, 2))
    (base / "t").touch()
    print((base / "t").stat().st_mtime > 2)
    dev = Path("/dev/null")
    print(dev.exists(), dev.is_file(), dev.is_char_device(), dev.is_block_device(), dev.is_fifo(), dev.is_socket())
    print(Path("/").is_mount(), base.is_mount(), Path("/nonexistent/x").exists(), Path("/nonexistent").is_dir())
    print(Path("bad\0name").exists(), Path("bad\0name").is_file())
