import os

u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u.n_fields)
print(u.machine in ("x86_64", "aarch64"), u[0] == u.sysname, all(isinstance(x, str) for x in u))
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed >= 0)
print(repr(t).startswith("posix.times_result(user="), t[0] == t.user)
a, b, c = os.getloadavg()
print(isinstance(a, float), min(a, b, c) >= 0)
print(os.uname_result(("a", "b", "c", "d", "e")))
try:
    os.uname_result(("a",))
except TypeError as e:
    print(e)
