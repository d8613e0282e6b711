# tempfile with bytes arguments, and PathLike dir arguments.
import os
import pathlib
import tempfile

d = tempfile.mkdtemp()
fd, name = tempfile.mkstemp(prefix=b"pre", suffix=b".bin", dir=os.fsencode(d))
os.close(fd)
print(type(name).__name__, os.path.basename(name).startswith(b"pre"), name.endswith(b".bin"))
sub = tempfile.mkdtemp(dir=pathlib.Path(d))
print(type(sub).__name__, os.path.dirname(sub) == d)
subb = tempfile.mkdtemp(prefix=b"b")
print(type(subb).__name__, os.path.basename(subb).startswith(b"b"))
os.rmdir(subb)
with tempfile.TemporaryDirectory(dir=d, prefix="td") as t:
    print(os.path.basename(t).startswith("td"), os.path.dirname(t) == d)
with tempfile.NamedTemporaryFile(dir=pathlib.Path(d)) as f:
    print(os.path.dirname(f.name) == d)
try:
    tempfile.mkdtemp(prefix="a", dir=os.fsencode(d))
except TypeError as e:
    print(e)
os.remove(name)
os.rmdir(sub)
os.rmdir(d)
print(os.path.exists(d))
