# which with PATH and mode; get_terminal_size with COLUMNS/LINES and its fallback.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    bin1 = os.path.join(d, "bin1")
    bin2 = os.path.join(d, "bin2")
    os.mkdir(bin1)
    os.mkdir(bin2)
    for path, mode in [(os.path.join(bin1, "tool"), 0o644), (os.path.join(bin2, "tool"), 0o755),
                       (os.path.join(bin2, "other"), 0o755)]:
        with open(path, "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(path, mode)
    os.mkdir(os.path.join(bin1, "adir"))
    path = bin1 + os.pathsep + bin2
    print(os.path.relpath(shutil.which("tool", path=path), d))
    print(os.path.relpath(shutil.which("tool", mode=os.F_OK, path=path), d))
    print(shutil.which("adir", path=path), shutil.which("missing", path=path))
    print(shutil.which("other", path=""))
    os.environ["PATH"] = path
    print(os.path.relpath(shutil.which("other"), d))
    print(shutil.which(os.path.join(bin2, "other")) == os.path.join(bin2, "other"))
    print(shutil.which(os.path.join(bin1, "tool")))
    print(os.path.relpath(shutil.which(os.fsencode("tool")), os.fsencode(d)))
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
print(shutil.get_terminal_size())
print(shutil.get_terminal_size((120, 50)))
os.environ["COLUMNS"] = "33"
os.environ["LINES"] = "11"
print(shutil.get_terminal_size())
os.environ["COLUMNS"] = "abc"
print(shutil.get_terminal_size((70, 20)))
