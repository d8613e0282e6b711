# The text I/O types have CPython's attribute tables and hierarchy.
import io

print(io.StringIO.__mro__)
print(sorted(n for n in dir(io.StringIO) if not n.startswith("__")))
f = io.StringIO()
print(io.StringIO.write(f, "x"), f.getvalue())
io.StringIO.writelines(f, ["a", "b"])
print(io.StringIO.getvalue(f), io.StringIO.tell(f))
print(io.StringIO.readlines, io.StringIO.write, io.StringIO.__enter__)
print(io.StringIO.closed, io.StringIO.encoding, f.encoding, f.errors, f.newlines)
print(f._checkClosed(), f._checkReadable(), f._checkWritable(), f._checkSeekable())
print(f.isatty(), f.readable(), f.flush())
for bad in [lambda: io.StringIO.write(5, "x"), lambda: io.StringIO.write(), lambda: f.detach(), lambda: f.fileno()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

with open("data.txt", "w") as out:
    print(type(out).__mro__)
    print(type(out).write(out, "one\n"), type(out).writelines(out, ["two\n", "three\n"]))
    print(out.mode, out.name, out.encoding, out.errors, out.closed, out.line_buffering)
    print(out._CHUNK_SIZE, out._finalizing, out.write_through)
with open("data.txt") as g:
    t = type(g)
    print(t.readline(g), t.__next__(g), t.readlines(g))
    print(t.readline, t.readlines, t.__iter__, t.__next__)
    # reconfigure() is missing in alc.
    print(sorted(n for n in dir(t) if not n.startswith("_") and n != "reconfigure"))
    print(sorted(n for n in dir(g) if not n.startswith("_")) == sorted(set(dir(t)) | {"mode"}) or "mode" in dir(g))
    g._checkReadable()
    try:
        g._checkWritable()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(g.closed)
for bad in [lambda: g._checkClosed(), lambda: g.__enter__(), lambda: iter(g), lambda: g.read()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
s = io.StringIO("x\ny\n")
s.close()
for name in ["flush", "isatty", "_checkClosed", "readlines", "__enter__"]:
    try:
        getattr(s, name)()
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    type(s).__mro__[1].read(s)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    type(s).__mro__[2].seek(s, 0)
except Exception as e:
    print(type(e).__name__ + ":", e)
print(type(s).__mro__[2].readable(s), type(s).__mro__[1].encoding)
s = io.StringIO("l1\nl2\n")
with s as alias:
    print(alias is s, [line for line in s])
print(s.closed)
m = io.StringIO("abc")
meth = m.read
print(type(meth).__name__, meth.__name__, meth.__qualname__, meth(1))
print(io.StringIO.__dict__["write"], "readlines" in io.StringIO.__dict__)
print(io.TextIOWrapper.__dict__["name"], io.TextIOWrapper.__dict__["encoding"])
