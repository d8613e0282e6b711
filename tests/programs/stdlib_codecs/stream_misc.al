import codecs
import io

print(codecs.getreader("utf-8"), codecs.getwriter("latin-1"), codecs.getwriter("ascii"))
print(codecs.getreader("utf-16-le"), codecs.getwriter("utf-8-sig"), codecs.getreader("unicode_escape"))
print(issubclass(codecs.getreader("utf-8"), codecs.StreamReader),
      issubclass(codecs.getwriter("utf-8"), codecs.Codec))
print(codecs.lookup("utf-8").streamwriter.__mro__[1:])
print(codecs.lookup("utf-8").incrementalencoder)
try:
    codecs.getreader("nope")
except LookupError as e:
    print(e)


class Upper(codecs.StreamWriter):
    def encode(self, input, errors="strict"):
        return (input.upper().encode("ascii", errors), len(input))


buf = io.BytesIO()
u = Upper(buf)
u.write("shout")
print(buf.getvalue())


class Rot(codecs.StreamReader):
    def decode(self, input, errors="strict"):
        return ("".join(chr(b + 1) for b in input), len(input))


r = Rot(io.BytesIO(b"HAL\tIBM"))
print(r.read(), r.read() == "")
try:
    codecs.StreamReader(io.BytesIO(b"x")).read()
except NotImplementedError:
    print("NotImplementedError")
try:
    codecs.StreamWriter(io.BytesIO()).write("x")
except NotImplementedError:
    print("NotImplementedError")
