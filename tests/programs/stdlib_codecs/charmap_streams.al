import codecs
import io

buf = io.BytesIO()
w = codecs.getwriter("cp1252")(buf)
w.write("€uro\n")
w.write("naïve\n")
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader("cp1252")(buf)
print(r.readlines())
print(codecs.getreader("koi8-r"), codecs.getwriter("cp437"))
with codecs.open("f.txt", "w", "cp437") as f:
    f.write("│box│\n")
print(open("f.txt", "rb").read())
with codecs.open("f.txt", "r", "cp437") as f:
    print(f.read())
print(open("f.txt", encoding="cp437").read() if False else "")
