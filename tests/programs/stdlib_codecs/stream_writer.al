import codecs
import io

buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("héllo ")
w.writelines(["a", "b", "\u20ac"])
print(buf.getvalue())
print(w.errors, w.getvalue() == buf.getvalue())

buf = io.BytesIO()
w = codecs.getwriter("ascii")(buf, "replace")
w.write("naïve")
print(buf.getvalue())
w = codecs.getwriter("ascii")(io.BytesIO())
try:
    w.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

buf = io.BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("a")
w.write("b")
print(buf.getvalue())
w.seek(0)
w.write("c")
print(buf.getvalue())

buf = io.BytesIO()
w = codecs.getwriter("utf-8-sig")(buf)
w.write("x")
w.write("y")
print(buf.getvalue())

with codecs.getwriter("latin-1")(io.BytesIO()) as w:
    w.write("ÿ")
    print(w.getvalue())
print(w.closed)
