# StringIO and file methods taken from the types and called unbound.
import io
import sys

S = io.StringIO
s = S("first\nsecond\nthird\n")
read = S.readline
print(repr(read(s)), repr(S.read(s, 3)), S.tell(s))
print(S.seek(s, 0), list(map(S.readline, [s, s])))
print(S.__next__(s), S.readlines(s))
S.seek(s, 0)
print([line.strip() for line in S.__iter__(s)])
S.truncate(s, 5)
print(S.getvalue(s), S.seekable(s), S.readable(s), S.writable(s))
methods = [S.write, S.getvalue]
t = S()
methods[0](t, "abc")
print(methods[1](t), S.closed.__get__(t), type(t).closed)
S.close(t)
print(t.closed, S.closed.__get__(t))
try:
    S.getvalue(t)
except ValueError as e:
    print("ValueError:", e)
u = S()
with u:
    type(u).write(u, "in with")
    print(type(u).__exit__, u.getvalue())
print(u.closed)
v = S("abc")
v.__del__()
print(v.closed)
out = sys.stdout
print(type(out).__name__, type(out).write(out, "direct\n"))
type(out).flush(out)
print(type(out).__mro__[1].__name__, type(out).encoding.__get__(out), out.writable())
try:
    S.write(out, "x")
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(S) if not k.startswith("_")))
print(sorted(k for k in vars(type(out)) if not k.startswith("_") and k not in ("reconfigure", "detach")))
