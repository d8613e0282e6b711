import codecs

with codecs.open("t.txt", "w", encoding="utf-16") as f:
    print(type(f).__name__, f.encoding, f.name, f.mode)
    f.write("héllo\n")
    f.write("wörld\n")
with open("t.txt", "rb") as raw:
    print(raw.read())
with codecs.open("t.txt", encoding="utf-16") as f:
    print(f.readlines())
with codecs.open("t.txt", "r", "utf-16") as f:
    for line in f:
        print(repr(line))
f = codecs.open("t.txt", "rb")
print(type(f).__name__, f.read(4))
f.close()
with codecs.open("t2.txt", "a", "latin-1") as f:
    f.write("é")
with codecs.open("t2.txt", "a", "latin-1") as f:
    f.write("è")
print(open("t2.txt", "rb").read())
try:
    codecs.open("t3.txt", "w", "bogus")
except LookupError as e:
    print(e)
try:
    codecs.open("missing/t.txt", "r", "utf-8")
except FileNotFoundError as e:
    print(e)
