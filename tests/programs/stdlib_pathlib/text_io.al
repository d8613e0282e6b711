# Path text and bytes I/O: encodings, newline handling, open modes, errors.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp) / "t.txt"
    print(p.write_text("café\nline2\n", encoding="utf-8"))
    print(p.read_bytes(), p.read_text(encoding="latin-1"))
    print(p.write_text("a\nb\n", newline="\r\n"), p.read_bytes(), repr(p.read_text()))
    print(p.write_text("x\r\ny"), repr(p.read_text()), p.open(newline="").read().encode())
    with p.open("w", encoding="latin-1") as f:
        f.write("hé")
    print(p.read_bytes(), p.read_text(encoding="latin-1"))
    p.write_bytes(b"\xff\xfe")
    try:
        p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason)
    print(repr(p.read_text(encoding="utf-8", errors="replace")))
    with p.open("rb") as f:
        print(f.read(1))
    with p.open("ab") as f:
        f.write(b"!")
    print(p.read_bytes(), p.stat().st_size)
    for bad in [lambda: p.write_text(b"x"), lambda: p.write_bytes("x"), lambda: p.write_text(None)]:
        try:
            bad()
        except TypeError as e:
            print(e)
    try:
        (Path(tmp) / "nodir" / "f").write_text("x")
    except FileNotFoundError as e:
        print(e.errno, e.strerror)
    try:
        Path(tmp).read_text()
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
