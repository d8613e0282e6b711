import codecs
import io

inner = io.BytesIO("grüße\nzwei\n".encode("latin-1"))
f = codecs.EncodedFile(inner, "utf-8", "latin-1")
print(f.data_encoding, f.file_encoding)
print(f.readline())
print(f.read())
f.seek(0)
print(f.readlines())
f.seek(0)
print(list(f))

out = io.BytesIO()
f = codecs.EncodedFile(out, "utf-8", "utf-16-le")
f.write("é".encode("utf-8"))
f.writelines([b"a", b"b"])
print(out.getvalue())

same = codecs.EncodedFile(io.BytesIO(b"abc"), "ascii")
print(same.file_encoding, same.read())

info8 = codecs.lookup("utf-8")
info1 = codecs.lookup("latin-1")
rec = codecs.StreamRecoder(io.BytesIO(b"\xe9"), info8.encode, info8.decode,
                           info1.streamreader, info1.streamwriter)
print(rec.data_encoding, rec.file_encoding, rec.read())
try:
    codecs.EncodedFile(io.BytesIO(), "no-such-codec")
except LookupError as e:
    print(e)
