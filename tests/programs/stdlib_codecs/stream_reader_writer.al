import codecs
import io

buf = io.BytesIO()
info = codecs.lookup("utf-8")
rw = codecs.StreamReaderWriter(buf, info.streamreader, info.streamwriter)
print(rw.encoding, rw.errors)
rw.write("héllo\nwörld\n")
rw.writelines(["x", "y"])
print(buf.getvalue())
rw.seek(0)
print(repr(rw.readline()))
print(repr(rw.read()))
rw.seek(0)
print(rw.readlines())
rw.seek(0)
print([line for line in rw])
print(rw.tell(), rw.closed)
with rw:
    pass
print(buf.closed)
try:
    import pickle
except ImportError:
    pass
