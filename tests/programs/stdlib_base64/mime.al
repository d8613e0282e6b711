# encodebytes/decodebytes and the file forms encode/decode.
import base64
import io


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
show(lambda: base64.encodebytes(b"x" * 100))
show(lambda: base64.encodebytes(b"x" * 57))
show(lambda: base64.encodebytes(b""))
show(lambda: base64.encodebytes(bytearray(b"xy")))
show(lambda: base64.encodebytes(memoryview(b"xyz")))
show(lambda: base64.encodebytes("x"))
show(lambda: base64.encodebytes(3))
show(lambda: base64.encodebytes(memoryview(b"abcdefgh").cast("H")))
show(lambda: base64.decodebytes(b"eHk=\n"))
show(lambda: base64.decodebytes(bytearray(b"eHk=\n")))
show(lambda: base64.decodebytes(b"eHh4\neHh4\n"))
show(lambda: base64.decodebytes("eHk=\n"))
show(lambda: base64.decodebytes(b"eH"))

out = io.BytesIO()
base64.encode(io.BytesIO(b"x" * 200), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b"x" * 200)
out = io.BytesIO()
base64.encode(io.BytesIO(b""), out)
print(out.getvalue())
blob = bytes(range(256)) * 20
with open("data.bin", "wb") as f:
    f.write(blob)
with open("data.bin", "rb") as f, open("data.b64", "wb") as g:
    base64.encode(f, g)
with open("data.b64", "rb") as f:
    text = f.read()
print(len(text), text.count(b"\n"), max(len(l) for l in text.split(b"\n")))
with open("data.b64", "rb") as f, open("data.out", "wb") as g:
    base64.decode(f, g)
with open("data.out", "rb") as f:
    print(f.read() == blob)
print(base64.decodebytes(text) == blob, base64.encodebytes(blob) == text)
