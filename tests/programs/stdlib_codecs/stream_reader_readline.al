import codecs
import io

r = codecs.getreader("utf-8")(io.BytesIO(b"l1\nl2\r\nl3\rl4"))
print(list(r))
print(repr(r.read()), repr(r.readline()))

r = codecs.getreader("utf-8")(io.BytesIO("x\u00e9y\nz".encode()))
print(repr(r.read(2)), repr(r.readline()), repr(r.readline()), repr(r.readline()))

r = codecs.getreader("utf-8")(io.BytesIO(b"one\ntwo\r\nthree"))
print(repr(r.readline(keepends=False)), repr(r.readline(keepends=False)),
      repr(r.readline(keepends=False)), repr(r.readline(keepends=False)))

r = codecs.getreader("utf-8")(io.BytesIO(b"abcdefgh\nij\n"))
print(repr(r.readline(3)), repr(r.readline(3)), repr(r.readline(100)), repr(r.readline()))

long = ("x" * 200 + "\n") * 3
r = codecs.getreader("utf-8")(io.BytesIO(long.encode()))
print([len(line) for line in r])

r = codecs.getreader("utf-8")(io.BytesIO("a\u2028b\x0cc\x1dd".encode()))
print(r.readlines())
r = codecs.getreader("utf-8")(io.BytesIO(b"a\nb\n"))
print(r.readlines(keepends=False))
