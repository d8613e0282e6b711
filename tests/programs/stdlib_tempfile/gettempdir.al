# gettempdir follows TMPDIR; gettempprefix, template and TMP_MAX.
import os
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
d = tempfile.mkdtemp()
os.environ["TMPDIR"] = d
tempfile.tempdir = None
print(tempfile.gettempdir() == d, tempfile.gettempdirb() == os.fsencode(d))
print(tempfile.tempdir == d)
fd, name = tempfile.mkstemp()
os.close(fd)
print(os.path.dirname(name) == d)
t = tempfile.mkdtemp()
print(os.path.dirname(t) == d)
m = tempfile.mktemp(dir=d)
print(os.path.dirname(m) == d, os.path.exists(m))
os.remove(name)
os.rmdir(t)
os.rmdir(d)
